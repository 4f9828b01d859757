package org.oxpip.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/** The one sign-in scheme on a document built by hand; ContractInAnAppTest checks the served one. */
class SignInSchemeTest {

    private static final String REALM = "http://localhost:8180/realms/oxpip";

    @Test
    void shouldOfferTheAuthorizationCodeAndClientCredentialsFlowsOfTheRealm() {
        OpenAPI api = OASFactory.createOpenAPI();
        SignInScheme.setOn(api, REALM);
        SecurityScheme scheme = api.getComponents().getSecuritySchemes().get("keycloak");
        assertEquals(SecurityScheme.Type.OAUTH2, scheme.getType());
        assertEquals(
                REALM + "/protocol/openid-connect/auth",
                scheme.getFlows().getAuthorizationCode().getAuthorizationUrl());
        assertEquals(
                REALM + "/protocol/openid-connect/token",
                scheme.getFlows().getAuthorizationCode().getTokenUrl());
        assertEquals(
                REALM + "/protocol/openid-connect/token",
                scheme.getFlows().getClientCredentials().getTokenUrl());
        assertEquals(null, scheme.getFlows().getImplicit(), "no implicit flow");
        assertEquals(null, scheme.getFlows().getPassword(), "no password flow");
    }

    @Test
    void everyRequirementShouldNameItWithoutScopesAndPublicOperationsStayPublic() {
        Operation roles = OASFactory.createOperation()
                .security(
                        List.of(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", List.of("admin"))));
        Operation bearer = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        Operation open = OASFactory.createOperation().security(List.of());
        OpenAPI api = OASFactory.createOpenAPI()
                .components(
                        OASFactory.createComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()))
                .paths(OASFactory.createPaths()
                        .addPathItem("/a", OASFactory.createPathItem().GET(roles))
                        .addPathItem("/b", OASFactory.createPathItem().GET(bearer))
                        .addPathItem("/c", OASFactory.createPathItem().GET(open)));
        SignInScheme.setOn(api, REALM);
        assertEquals(
                List.of("keycloak"),
                List.copyOf(api.getComponents().getSecuritySchemes().keySet()));
        assertEquals(Map.of("keycloak", List.of()), roles.getSecurity().get(0).getSchemes(), "roles are not scopes");
        assertEquals(Map.of("keycloak", List.of()), bearer.getSecurity().get(0).getSchemes());
        assertTrue(open.getSecurity().isEmpty());
    }

    @Test
    void aTrailingSlashOnTheRealmShouldNotDoubleUp() {
        assertEquals(
                REALM,
                SignInScheme.realm(new io.smallrye.config.SmallRyeConfigBuilder()
                                .withDefaultValue(SignInScheme.AUTH_SERVER_URL, REALM + "/")
                                .build())
                        .orElseThrow());
    }
}
