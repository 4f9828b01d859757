package org.oxpip.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.reporting.testing.FeedsStub;
import org.oxpip.reporting.testing.ReadModel;
import org.oxpip.reporting.testing.UpstreamFeeds;

/** Every endpoint, every role: no token 401, the wrong role 403, the right role 2xx. */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedsStub.class, restrictToAnnotatedClass = false)
class RoleMatrixTest {

    record Endpoint(String method, String path, Set<String> roles) {
        @Override
        public String toString() {
            return method + " " + path.replaceAll("\\?.*", "");
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/sync/status", Set.of("admin", "manager")),
            new Endpoint("POST", "/api/v1/sync", Set.of("admin")),
            new Endpoint("GET", "/api/v1/reports/summary?from=2024-01-01&to=2024-12-31", Set.of("manager", "funder")),
            new Endpoint(
                    "GET", "/api/v1/reports/summary.csv?from=2024-01-01&to=2024-12-31", Set.of("manager", "funder")),
            new Endpoint(
                    "GET",
                    "/api/v1/reports/trend?from=2024-01-01&to=2024-12-31&interval=quarter",
                    Set.of("manager", "funder")),
            new Endpoint("GET", "/api/v1/reports/impact?from=2024-01-01&to=2024-12-31", Set.of("manager", "funder")));
    static final List<String> ROLES =
            List.of("admin", "manager", "funder", "clinician", "referrer", "feed-reader", "referral-reader");

    @ConfigProperty(name = "quarkus.rest-client.referrals.url")
    String upstreamUrl;

    @BeforeEach
    void quietUpstreams() {
        UpstreamFeeds upstream = UpstreamFeeds.at(upstreamUrl);
        upstream.reset();
        upstream.page(UpstreamFeeds.REFERRALS, null, List.of(), null, false);
        upstream.page(UpstreamFeeds.ASSESSMENTS, null, List.of(), null, false);
        ReadModel.empty();
        ReadModel.readRules();
    }

    static Stream<Arguments> everyEndpointAndRole() {
        return ENDPOINTS.stream()
                .flatMap(endpoint -> ROLES.stream()
                        .map(role ->
                                Arguments.of(endpoint, role, endpoint.roles().contains(role) ? 200 : 403)));
    }

    static Stream<Endpoint> everyEndpoint() {
        return ENDPOINTS.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("everyEndpointAndRole")
    void shouldLetOnlyTheDocumentedRolesIn(Endpoint endpoint, String role, int status) {
        // A funder's token names the streams it funds; without them it may see no report (FunderScopeTest).
        String token = role.equals("funder") ? TestTokens.funder("DIDCOT_POWERHOUSE") : TestTokens.staff(role);
        call(given().auth().oauth2(token), endpoint).then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} without a token: 401")
    @MethodSource("everyEndpoint")
    void shouldRefuseAMissingToken(Endpoint endpoint) {
        call(given(), endpoint)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", is(401));
    }

    @ParameterizedTest(name = "{0} with a token for another audience: 401")
    @MethodSource("everyEndpoint")
    void shouldRefuseATokenForAnotherAudience(Endpoint endpoint) {
        call(given().auth().oauth2(TestTokens.withAudience("admin", "another-api")), endpoint)
                .then()
                .statusCode(401);
    }

    @ParameterizedTest(name = "{0} as a partner agency: 403")
    @MethodSource("everyEndpoint")
    void shouldRefuseAPartnerAgency(Endpoint endpoint) {
        call(given().auth().oauth2(TestTokens.partner(TestTokens.AGENCY_A)), endpoint)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.Response call(RequestSpecification request, Endpoint endpoint) {
        return endpoint.method().equals("POST")
                ? request.when().post(endpoint.path())
                : request.when().get(endpoint.path());
    }
}
