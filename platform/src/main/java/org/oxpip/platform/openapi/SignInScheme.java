package org.oxpip.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * One way in, the same in every service's document: an OAuth2 scheme on the Keycloak realm that issues the
 * services' tokens, with the two flows people use. Staff sign in through the authorization-code flow (with
 * PKCE) of the public {@code oxpip-frontend} client, which Swagger UI offers under "Authorize"; a partner
 * agency's software uses the client-credentials flow with its own client. Whatever scheme a service's
 * annotations or Quarkus named ({@code bearer}, {@code SecurityScheme}), every requirement is pointed at this
 * one and the others are taken out.
 *
 * <p>The realm's address is configuration read where the filter runs: at build time for the stored document,
 * and again at start-up, so that the served document and Swagger UI send the browser to the Keycloak of that
 * deployment. It is {@code oxpip.openapi.keycloak-url} when a deployment's browsers reach Keycloak at another
 * address than the service does, else {@code quarkus.oidc.auth-server-url}. The endpoints are Keycloak's
 * ({@code /protocol/openid-connect/auth} and {@code /token} under the realm).
 */
@OpenApiFilter(
        stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP},
        priority = SignInScheme.PRIORITY)
public class SignInScheme implements OASFilter {

    /** Before {@link CommonResponses}, which reads the requirements to know which operations need a token. */
    static final int PRIORITY = 30;

    static final String NAME = "keycloak";
    static final String KEYCLOAK_URL = "oxpip.openapi.keycloak-url";
    static final String AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";
    static final String DESCRIPTION = "Tokens from the OxPIP Keycloak realm. Staff sign in with the authorization-code"
            + " flow (PKCE) through the public client oxpip-frontend; a partner agency's software uses the"
            + " client-credentials flow with its own client id and secret. What each role may do is written on"
            + " each operation.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        realm(ConfigProvider.getConfig()).ifPresent(realm -> setOn(openAPI, realm));
    }

    static java.util.Optional<String> realm(Config config) {
        return config.getOptionalValue(KEYCLOAK_URL, String.class)
                .or(() -> config.getOptionalValue(AUTH_SERVER_URL, String.class))
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    static void setOn(OpenAPI openAPI, String realm) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSecuritySchemes() != null) {
            List.copyOf(components.getSecuritySchemes().keySet()).forEach(components::removeSecurityScheme);
        }
        components.addSecurityScheme(NAME, scheme(realm));
        openAPI.setSecurity(pointedHere(openAPI.getSecurity()));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(path -> path.getOperations().values().forEach(SignInScheme::pointHere));
        }
    }

    static SecurityScheme scheme(String realm) {
        String auth = realm + "/protocol/openid-connect/auth";
        String token = realm + "/protocol/openid-connect/token";
        return OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description(DESCRIPTION)
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(flow().authorizationUrl(auth).tokenUrl(token))
                        .clientCredentials(flow().tokenUrl(token)));
    }

    private static OAuthFlow flow() {
        // Roles come with the token; no scope needs asking for.
        return OASFactory.createOAuthFlow().scopes(Map.of());
    }

    private static void pointHere(Operation operation) {
        operation.setSecurity(pointedHere(operation.getSecurity()));
    }

    /**
     * One requirement naming this scheme where there were any, without scopes; an empty list stays empty
     * (public). The roles an operation allows are written at the start of its description ("Roles: ..."):
     * Keycloak's realm roles are not OAuth scopes a client asks for, and an OAuth2 requirement may only list
     * the scopes its flows define (redocly's security-scopes-defined).
     */
    private static List<SecurityRequirement> pointedHere(List<SecurityRequirement> requirements) {
        if (requirements == null) {
            return null;
        }
        boolean named = requirements.stream()
                .anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
        if (!named) {
            return requirements;
        }
        return new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(NAME, List.of())));
    }
}
