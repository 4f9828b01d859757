package org.oxpip.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxpip.client.referrals.ApiClient;
import org.oxpip.client.referrals.api.ReferralsApi;
import org.oxpip.client.referrals.model.Concern;
import org.oxpip.client.referrals.model.NewBaby;
import org.oxpip.client.referrals.model.NewConsent;
import org.oxpip.client.referrals.model.NewParent;
import org.oxpip.client.referrals.model.NewReferral;
import org.oxpip.client.referrals.model.NewReferrer;
import org.oxpip.client.referrals.model.PartnerReferral;
import org.oxpip.client.referrals.model.ReferralAsSeen;
import org.oxpip.client.referrals.model.ReferralStatus;
import org.oxpip.client.referrals.model.SourceType;

/**
 * The referrals client that openapi-generator (java, native) makes from referrals-service's document, used as
 * a partner agency's developer would (docs/partners.md): it writes the intake body the service takes, and reads
 * the service's answer, nulls and all. The other end is a loopback HTTP server that records the request and
 * answers as referrals-service answers a partner; the real service is the system tests' business.
 */
class GeneratedReferralsClientTest {

    private static final String KEY = "didcot-hv-2024-000123";

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicReference<String> method = new AtomicReference<>();
    private final AtomicReference<String> path = new AtomicReference<>();
    private final AtomicReference<String> idempotencyKey = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<byte[]> body = new AtomicReference<>();
    private HttpServer referrals;

    @BeforeEach
    void answerAsReferralsServiceDoes() throws IOException {
        byte[] answer = partnerAnswer();
        referrals = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        referrals.createContext("/api/v1/referrals", exchange -> {
            method.set(exchange.getRequestMethod());
            path.set(exchange.getRequestURI().getPath());
            idempotencyKey.set(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            body.set(exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        referrals.start();
    }

    @AfterEach
    void stop() {
        referrals.stop(0);
    }

    /** The body of docs/partners.md's curl example, built with the generated types. */
    static NewReferral partnersExample() {
        return new NewReferral()
                .referrer(new NewReferrer()
                        .name("Sam Taylor")
                        .role(SourceType.HEALTH_VISITOR)
                        .organisation("Didcot health visiting team")
                        .phone("01235 000000"))
                .parents(List.of(new NewParent()
                        .givenName("Alex")
                        .familyName("Example")
                        .dateOfBirth(LocalDate.of(1994, 5, 17))
                        .postcode("OX11 7HJ")))
                .baby(new NewBaby().dateOfBirth(LocalDate.of(2024, 8, 1)))
                .concerns(List.of(Concern.ANXIETY, Concern.BIRTH_TRAUMA))
                .details("Difficult birth; very anxious since.")
                .consent(new NewConsent().given(true).date(LocalDate.of(2024, 11, 25)))
                .fundingStream("DIDCOT_POWERHOUSE");
    }

    @Test
    void theIntakeBodyShouldBeWhatThePartnersGuideSends() throws Exception {
        JsonNode written = json.readTree(ApiClient.createDefaultObjectMapper().writeValueAsString(partnersExample()));
        JsonNode guide = json.readTree("""
                {"referrer": {"name": "Sam Taylor", "role": "HEALTH_VISITOR",
                              "organisation": "Didcot health visiting team", "phone": "01235 000000"},
                 "parents": [{"givenName": "Alex", "familyName": "Example", "dateOfBirth": "1994-05-17",
                              "postcode": "OX11 7HJ"}],
                 "baby": {"dateOfBirth": "2024-08-01"},
                 "concerns": ["ANXIETY", "BIRTH_TRAUMA"],
                 "details": "Difficult birth; very anxious since.",
                 "consent": {"given": true, "date": "2024-11-25"},
                 "fundingStream": "DIDCOT_POWERHOUSE"}""");
        // Strict JSON refuses any field the service does not know, so the body must be exactly this.
        assertEquals(guide, written);
    }

    @Test
    void aPartnerShouldSubmitAndReadItsReferralBack() throws Exception {
        ApiClient client = new ApiClient()
                .setHost("127.0.0.1")
                .setPort(referrals.getAddress().getPort())
                .setRequestInterceptor(request -> request.header("Authorization", "Bearer partner-token"));

        ReferralAsSeen answer = new ReferralsApi(client).intakeResourceSubmit(partnersExample(), KEY);

        assertEquals("POST", method.get());
        assertEquals("/api/v1/referrals", path.get());
        assertEquals(KEY, idempotencyKey.get());
        assertEquals("Bearer partner-token", authorization.get());
        assertEquals(
                json.readTree(ApiClient.createDefaultObjectMapper().writeValueAsString(partnersExample())),
                json.readTree(body.get()));
        PartnerReferral referral = assertInstanceOf(PartnerReferral.class, answer.getActualInstance());
        assertEquals("R-2024-000123", referral.getReference());
        assertEquals(ReferralStatus.RECEIVED, referral.getStatus());
        assertEquals(0, referral.getVersion());
        assertEquals("OX11", referral.getArea());
        assertEquals(LocalDate.of(2024, 8, 1), referral.getBaby().getDateOfBirth());
    }

    @Test
    void theNullsTheServiceWritesShouldReadAsNoValue() throws Exception {
        PartnerReferral referral = assertInstanceOf(
                PartnerReferral.class,
                ApiClient.createDefaultObjectMapper()
                        .readValue(partnerAnswer(), ReferralAsSeen.class)
                        .getActualInstance());
        assertNull(referral.getClosedOn());
        assertNull(referral.getFirstSessionOn());
        assertNull(referral.getClosureReason());
        assertNull(referral.getErasedAt());
        assertNull(referral.getBaby().getDueDate());
        assertNull(referral.getParents().get(0).getNhsNumber());
        assertNull(referral.getReferrer().getEmail());
    }

    private static byte[] partnerAnswer() throws IOException {
        try (InputStream in = GeneratedReferralsClientTest.class.getResourceAsStream("/partner-answer.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        }
    }
}
