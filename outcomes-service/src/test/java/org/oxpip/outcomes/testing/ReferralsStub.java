package org.oxpip.outcomes.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stands in for referrals-service and Keycloak's token endpoint, speaking the contract in
 * DESIGN.md: referrals answer only to our own service-account token.
 */
public class ReferralsStub implements QuarkusTestResourceLifecycleManager {

    public static final UUID ACCEPTED = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    public static final UUID RECEIVED = UUID.fromString("00000000-0000-4000-8000-00000000a002");
    public static final UUID UNREACHABLE = UUID.fromString("00000000-0000-4000-8000-00000000dead");
    /** Every referral the stub knows was received on this day. */
    public static final String RECEIVED_ON = "2024-01-10";
    /** Statuses referrals-service may answer; each has its own id prefix, so tests can make fresh referrals. */
    static final List<String> STATUSES =
            List.of("ACCEPTED", "WAITING", "IN_THERAPY", "CLOSED", "RECEIVED", "DECLINED", "REDIRECTED");
    static final String SERVICE_TOKEN = "service-account-token";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/token"))
                .willReturn(okJson("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        server.stubFor(get(urlPathMatching("/api/v1/referrals/.*/status")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Not found\"}")));
        for (String status : STATUSES) {
            // The id in the answer is the one asked about (WireMock's response templating).
            server.stubFor(get(urlPathMatching("/api/v1/referrals/" + prefix(status) + "-[0-9a-f-]{27}/status")).atPriority(5)
                    .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                    .willReturn(okJson("{\"id\":\"{{request.pathSegments.[3]}}\",\"status\":\"" + status
                            + "\",\"receivedOn\":\"" + RECEIVED_ON + "\"}").withTransformers("response-template")));
        }
        referral(ACCEPTED, "ACCEPTED");
        referral(RECEIVED, "RECEIVED");
        server.stubFor(get(urlEqualTo("/api/v1/referrals/" + UNREACHABLE + "/status")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        return Map.of(
                "quarkus.oidc-client.auth-server-url", server.baseUrl(),
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", "/token",
                "quarkus.rest-client.referrals.url", server.baseUrl());
    }

    /** A referral no test has used yet, which referrals-service reports in this status. */
    public static UUID referral(String status) {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("The stub has no referrals in status " + status);
        }
        return UUID.fromString(prefix(status) + UUID.randomUUID().toString().substring(8));
    }

    /** A referral referrals-service does not know. */
    public static UUID unknownReferral() {
        return UUID.randomUUID();
    }

    private static String prefix(String status) {
        return "acc0000" + (STATUSES.indexOf(status) + 1);
    }

    private void referral(UUID id, String status) {
        server.stubFor(get(urlEqualTo("/api/v1/referrals/" + id + "/status")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson("{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"receivedOn\":\"" + RECEIVED_ON + "\"}")));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
