package org.oxpip.outcomes.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.common.Metadata.metadata;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stands in for referrals-service and Keycloak's token endpoint, speaking the contract in
 * docs/design.md: referrals answer only to our own service-account token. It also speaks the erasure
 * contract: {@code /status} says whether a referral was erased, {@code GET /api/v1/erasures/pending}
 * lists none until a test says otherwise ({@link #pending}), and confirmations answer 204.
 *
 * <p>Tests change the stub through WireMock's admin API ({@link #admin()}), not through this
 * object: the test and the resource manager need not share classes.
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
    /** Every referral the stub knows is funded by this stream. */
    public static final String FUNDING_STREAM = "DIDCOT_POWERHOUSE";
    /** When the stub says erased referrals were erased. */
    public static final String ERASED_AT = "2025-02-01T10:00:00Z";

    static final String ERASURES = "/api/v1/erasures";
    static final String PENDING = ERASURES + "/pending";
    /** Marks the stubs a test added, so that {@link #resetErasures()} removes exactly those. */
    private static final String TEST_STUB = "addedByTest";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/token"))
                .willReturn(okJson(
                        "{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        server.stubFor(get(urlPathMatching("/api/v1/referrals/.*/status"))
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Not found\"}")));
        for (String status : STATUSES) {
            // The id in the answer is the one asked about (WireMock's response templating).
            server.stubFor(get(urlPathMatching("/api/v1/referrals/" + prefix(status) + "-[0-9a-f-]{27}/status"))
                    .atPriority(5)
                    .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                    .willReturn(okJson(statusJson("{{request.pathSegments.[3]}}", status, false))
                            .withTransformers("response-template")));
        }
        referral(ACCEPTED, "ACCEPTED");
        referral(RECEIVED, "RECEIVED");
        server.stubFor(get(urlEqualTo("/api/v1/referrals/" + UNREACHABLE + "/status"))
                .atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        // The change feed: empty until a test publishes a change (feedChange).
        server.stubFor(get(urlPathEqualTo(FEED))
                .atPriority(10)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson("{\"items\":[],\"next\":null,\"hasMore\":false}")));
        server.stubFor(get(urlPathEqualTo(FEED))
                .atPriority(20)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":401,\"title\":\"Unauthorized\"}")));
        server.stubFor(post(urlPathEqualTo(LOOKUP))
                .atPriority(10)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson("{\"referrals\":{}}")));
        server.stubFor(get(urlPathEqualTo(PENDING))
                .atPriority(10)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson("{\"items\":[]}")));
        server.stubFor(post(urlPathMatching(ERASURES + "/[0-9a-f-]{36}/confirmation"))
                .atPriority(10)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(any(urlPathMatching(ERASURES + "/.*"))
                .atPriority(20)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":401,\"title\":\"Unauthorized\"}")));
        return Map.of(
                "quarkus.oidc-client.auth-server-url",
                server.baseUrl(),
                "quarkus.oidc-client.discovery-enabled",
                "false",
                "quarkus.oidc-client.token-path",
                "/token",
                "quarkus.rest-client.referrals.url",
                server.baseUrl());
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
        server.stubFor(get(urlEqualTo("/api/v1/referrals/" + id + "/status"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson(statusJson(id.toString(), status, false))));
    }

    /** {@code /status} as the erasure contract has it. */
    private static String statusJson(String id, String status, boolean erased) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"receivedOn\":\"" + RECEIVED_ON + "\",\"erased\":"
                + erased + ",\"erasedAt\":" + (erased ? "\"" + ERASED_AT + "\"" : "null") + ",\"fundingStream\":\""
                + FUNDING_STREAM + "\"}";
    }

    // ---- Erasures: what tests change while the stub runs, through WireMock's admin API ----

    /** The running stub's admin API. */
    public static WireMock admin() {
        URI url = URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.referrals.url", String.class));
        return new WireMock(url.getHost(), url.getPort());
    }

    /** From now on referrals-service says this referral (an accepted one, still IN_THERAPY) was erased. */
    public static void erasedThere(UUID referral) {
        admin().register(get(urlEqualTo("/api/v1/referrals/" + referral + "/status"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson(statusJson(referral.toString(), "IN_THERAPY", true)))
                .withMetadata(metadata().attr(TEST_STUB, "status")));
    }

    /** The erasures referrals-service lists as not yet confirmed by us, oldest first (replacing any list before). */
    public static void pending(UUID... referrals) {
        String items = java.util.Arrays.stream(referrals)
                .map(id -> "{\"referralId\":\"" + id + "\",\"erasedAt\":\"" + ERASED_AT + "\"}")
                .collect(java.util.stream.Collectors.joining(","));
        pendingAnswer(okJson("{\"items\":[" + items + "]}"));
    }

    static final String LOOKUP = "/api/v1/imports/referrals/lookup";

    // ---- The change feed (GET /api/v1/feed/referrals), which our copy of referral states reads ----

    static final String FEED = "/api/v1/feed/referrals";
    /** Every change published so far, in feed order; its index + 1 is its position. */
    private static final List<String> FEED_ITEMS = new java.util.ArrayList<>();

    private static int feedDelayMillis;

    /** Whether the feed's pages say committed changes wait behind an older transaction still in flight. */
    private static boolean feedHeldBack;

    /**
     * referrals-service commits a change to this referral: from now on its feed shows it, after every change before
     * it, and {@code /status} is left as it was (so a test can tell which of the two answered). Gives its position.
     */
    public static synchronized String feedChange(UUID referral, String status, boolean erased) {
        FEED_ITEMS.add("{\"position\":\"" + (FEED_ITEMS.size() + 1) + "\",\"referralId\":\"" + referral
                + "\",\"receivedOn\":\"" + RECEIVED_ON + "\",\"sourceType\":\"GP\",\"agencyId\":null,\"area\":\"OX11\","
                + "\"eligible\":true,\"pregnant\":false,\"babyAgeMonths\":3,\"fundingStream\":\"" + FUNDING_STREAM
                + "\",\"status\":\"" + status + "\",\"erased\":" + erased + ",\"changedAt\":\""
                + java.time.Instant.now() + "\",\"sessions\":[],\"parents\":[]}");
        publishFeed();
        return Integer.toString(FEED_ITEMS.size());
    }

    /** From now on the feed answers only after this many milliseconds (0: at once). */
    public static synchronized void feedDelay(int millis) {
        feedDelayMillis = millis;
        publishFeed();
    }

    /** From now on the feed's pages say (or stop saying) that committed changes are held back. */
    public static synchronized void feedHeldBack(boolean heldBack) {
        feedHeldBack = heldBack;
        publishFeed();
    }

    /** Reading the feed fails (referrals-service in trouble) until the next {@link #feedChange} or reset. */
    public static void feedFails() {
        WireMock admin = admin();
        admin.removeStubsByMetadataPattern(matchingJsonPath("$." + TEST_STUB, WireMock.equalTo("feed")));
        admin.register(get(urlPathEqualTo(FEED))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "10"))
                .withMetadata(metadata().attr(TEST_STUB, "feed")));
    }

    /** How many times we read the feed. */
    public static int feedReads() {
        return admin().find(getRequestedFor(urlPathEqualTo(FEED))).size();
    }

    /**
     * A reader at the last position gets an empty page; any other gets every change (the copy takes a snapshot it
     * has already seen again without harm, the later one winning).
     */
    private static void publishFeed() {
        WireMock admin = admin();
        admin.removeStubsByMetadataPattern(matchingJsonPath("$." + TEST_STUB, WireMock.equalTo("feed")));
        if (FEED_ITEMS.isEmpty()) {
            return;
        }
        String last = Integer.toString(FEED_ITEMS.size());
        admin.register(get(urlPathEqualTo(FEED))
                .atPriority(1)
                .withQueryParam("after", WireMock.equalTo(last))
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson("{\"items\":[],\"next\":\"" + last + "\",\"hasMore\":false,\"heldBack\":"
                                + feedHeldBack + "}")
                        .withFixedDelay(feedDelayMillis))
                .withMetadata(metadata().attr(TEST_STUB, "feed")));
        admin.register(get(urlPathEqualTo(FEED))
                .atPriority(2)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson("{\"items\":[" + String.join(",", FEED_ITEMS) + "],\"next\":\"" + last
                                + "\",\"hasMore\":false,\"heldBack\":" + feedHeldBack + "}")
                        .withFixedDelay(feedDelayMillis))
                .withMetadata(metadata().attr(TEST_STUB, "feed")));
    }

    /**
     * From now on referrals-service's lookup of imported families answers these externalRefs, each a fresh
     * referral in the status given ("ERASED": an IN_THERAPY one whose data was erased), replacing any answer
     * before; every other externalRef is unknown. Gives each externalRef's referral id.
     */
    public static Map<String, UUID> importedFamilies(Map<String, String> statusByRef) {
        Map<String, UUID> ids = new java.util.LinkedHashMap<>();
        StringBuilder json = new StringBuilder("{\"referrals\":{");
        for (Map.Entry<String, String> family : statusByRef.entrySet()) {
            boolean erased = family.getValue().equals("ERASED");
            UUID id = referral(erased ? "IN_THERAPY" : family.getValue());
            ids.put(family.getKey(), id);
            if (json.charAt(json.length() - 1) != '{') {
                json.append(',');
            }
            json.append('"')
                    .append(family.getKey())
                    .append("\":")
                    .append(statusJson(id.toString(), erased ? "IN_THERAPY" : family.getValue(), erased));
        }
        json.append("}}");
        lookupAnswer(okJson(json.toString()));
        return ids;
    }

    /** The lookup of imported families fails (referrals-service in trouble). */
    public static void lookupFails() {
        lookupAnswer(aResponse().withStatus(503).withHeader("Retry-After", "10"));
    }

    private static void lookupAnswer(ResponseDefinitionBuilder answer) {
        WireMock admin = admin();
        admin.removeStubsByMetadataPattern(matchingJsonPath("$." + TEST_STUB, WireMock.equalTo("lookup")));
        admin.register(post(urlPathEqualTo(LOOKUP))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(answer)
                .withMetadata(metadata().attr(TEST_STUB, "lookup")));
    }

    /** Reading the pending erasures fails (referrals-service in trouble). */
    public static void pendingFails() {
        pendingAnswer(aResponse().withStatus(503).withHeader("Retry-After", "10"));
    }

    /** Confirming this referral's erasure fails until {@link #resetErasures()}. */
    public static void confirmationFails(UUID referral) {
        admin().register(post(urlEqualTo(ERASURES + "/" + referral + "/confirmation"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503))
                .withMetadata(metadata().attr(TEST_STUB, "confirmation")));
    }

    /** How many times we asked to confirm this referral's erasure, and how many times we asked for the list. */
    public static int confirmations(UUID referral) {
        return admin().find(postRequestedFor(urlEqualTo(ERASURES + "/" + referral + "/confirmation"))
                        .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN)))
                .size();
    }

    /** How many times anyone asked referrals-service about this referral's status. */
    public static int statusRequests(UUID referral) {
        return admin().find(getRequestedFor(urlEqualTo("/api/v1/referrals/" + referral + "/status")))
                .size();
    }

    /**
     * Back to no pending erasures, confirmations that succeed, every referral's status as at start, and the feed
     * with the changes published so far, answering at once.
     */
    public static synchronized void resetErasures() {
        admin().removeStubsByMetadataPattern(matchingJsonPath("$." + TEST_STUB));
        feedDelayMillis = 0;
        feedHeldBack = false;
        publishFeed();
    }

    private static void pendingAnswer(ResponseDefinitionBuilder answer) {
        WireMock admin = admin();
        admin.removeStubsByMetadataPattern(matchingJsonPath("$." + TEST_STUB, WireMock.equalTo("pending")));
        admin.register(get(urlPathEqualTo(PENDING))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(answer)
                .withMetadata(metadata().attr(TEST_STUB, "pending")));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
