package org.oxpip.reporting.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for both upstream change feeds (referrals-service and outcomes-service) and for
 * Keycloak's token endpoint. Tests program it through {@link UpstreamFeeds}.
 */
public class FeedsStub implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        UpstreamFeeds.at(server.baseUrl()).reset();
        return Map.of(
                "quarkus.oidc-client.auth-server-url", server.baseUrl(),
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", "/token",
                "quarkus.rest-client.referrals.url", server.baseUrl(),
                "quarkus.rest-client.outcomes.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
