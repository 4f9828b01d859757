package org.oxpip.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@link DemoData#load()} against small stand-ins for Keycloak, referrals-service and
 * outcomes-service (JDK HTTP servers answering as the services do), records every request it sends, and
 * checks those bodies against the rules the real services enforce (docs/design.md): NHS numbers that pass
 * the modulus 11 check, eligible referrals in the OX11 catchment with a baby under 24 months or due within
 * 10 months (and the one meant to be ineligible really ineligible), dates that follow each other, answers
 * in each instrument's range. The rules are written out here, not taken from DemoData.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest {

    /** The referrals-service default catchment (oxpip.eligibility.catchment), written out here. */
    private static final Set<String> CATCHMENT = Set.of("OX10", "OX11", "OX12", "OX13", "OX14");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request DemoData sent. */
    private record Sent(String method, String path, Map<String, List<String>> headers, JsonNode body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final List<Sent> sent = new ArrayList<>();
    private final List<HttpServer> servers = new ArrayList<>();
    private final LocalDate today = LocalDate.now();

    @TempDir
    static Path repo;

    private LocalStack stack;

    /** One load for the whole class: the data set is several hundred requests. */
    @BeforeAll
    void startStandInsAndLoad() throws IOException {
        HttpServer keycloak = server(exchange -> answer(exchange, 200, Map.of(), "{\"access_token\":\"demo-token\"}"));
        AtomicInteger version = new AtomicInteger();
        HttpServer referrals = server(exchange -> {
            JsonNode body = record(exchange);
            String path = exchange.getRequestURI().getPath();
            int v = version.incrementAndGet();
            if (path.equals("/api/v1/referrals")) {
                answer(
                        exchange,
                        201,
                        Map.of("ETag", "\"" + v + "\""),
                        "{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"RECEIVED\",\"version\":" + v + "}");
            } else {
                String id = path.split("/")[4];
                answer(
                        exchange,
                        200,
                        Map.of("ETag", "\"" + v + "\""),
                        "{\"id\":\"" + id + "\",\"status\":\"" + body.path("to").asText() + "\",\"version\":" + v
                                + "}");
            }
        });
        HttpServer outcomes = server(exchange -> {
            record(exchange);
            answer(exchange, 201, Map.of(), "{\"id\":\"" + UUID.randomUUID() + "\"}");
        });
        StackConfig.Ports ports = new StackConfig.Ports(
                1,
                keycloak.getAddress().getPort(),
                2,
                referrals.getAddress().getPort(),
                outcomes.getAddress().getPort(),
                3);
        stack = new LocalStack(StackConfig.defaults(repo, Map.of()).withPorts(ports));
        new DemoData(stack).load();
    }

    @AfterAll
    void stopStandIns() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void shouldSendSixtySevenReferralsEachWithItsOwnIdempotencyKey() {
        List<Sent> referrals = referrals();
        assertEquals(67, referrals.size(), "seven of today and twenty a year for 2022 to 2024");
        assertEquals(
                67,
                referrals.stream()
                        .map(r -> r.header("Idempotency-Key"))
                        .distinct()
                        .count());
        referrals.forEach(r -> assertEquals("Bearer demo-token", r.header("Authorization")));
    }

    @Test
    void everySessionShouldFallWithinItsEpisode() {
        int attended = 0;
        for (DemoHistory.Family family : DemoHistory.families()) {
            List<DemoHistory.Session> sessions = family.sessions();
            boolean treated =
                    family.path() == DemoHistory.Path.COMPLETED || family.path() == DemoHistory.Path.DID_NOT_ENGAGE;
            assertEquals(treated, !sessions.isEmpty(), family.number() + ": sessions only for families in therapy");
            for (DemoHistory.Session session : sessions) {
                assertFalse(session.date().isBefore(family.firstSessionOn()), family.number() + " " + session);
                assertFalse(session.date().isAfter(family.closedOn()), family.number() + " " + session);
                attended += session.attendance().equals("ATTENDED") ? 1 : 0;
            }
            if (treated) {
                assertEquals("ATTENDED", sessions.get(0).attendance(), "the first session starts therapy");
                assertEquals(family.firstSessionOn(), sessions.get(0).date());
            }
        }
        assertTrue(attended > 300, "attended sessions: " + attended);
    }

    @Test
    void everyParentShouldHaveAValidNhsNumberFromTheTestRange() {
        Set<String> seen = new HashSet<>();
        for (JsonNode parent : parents()) {
            String nhs = parent.path("nhsNumber").asText();
            assertTrue(nhs.matches("999\\d{7}"), nhs + ": ten digits from the 999 range, never issued to patients");
            assertTrue(passesModulus11(nhs), nhs + ": check digit");
            assertTrue(seen.add(nhs), nhs + ": one per parent");
        }
        assertEquals(67, seen.size());
    }

    @Test
    void theModulus11CheckHereShouldAcceptDesignsExampleAndRefuseAWrongDigit() {
        assertTrue(passesModulus11("9434765919"), "docs/design.md's example");
        assertFalse(passesModulus11("9434765918"));
        assertFalse(passesModulus11("9434765910"));
    }

    @Test
    void contactDetailsShouldBeFictitious() {
        for (Sent referral : referrals()) {
            JsonNode body = referral.body();
            List<JsonNode> people = body.has("referrer")
                    ? List.of(body.path("referrer"), body.path("parents").get(0))
                    : List.of(body.path("parents").get(0));
            assertTrue(
                    body.has("referrer") || body.path("sourceType").asText().equals("SELF"),
                    "only a self-referral has no referrer");
            for (JsonNode person : people) {
                assertTrue(person.path("phone").asText().matches("07700 900\\d{3}"), "Ofcom's drama range");
                assertTrue(!person.has("email") || person.path("email").asText().endsWith("@example.org"));
            }
        }
    }

    @Test
    void onlyTheReferralMeantToBeIneligibleShouldBeIneligible() {
        List<String> ineligible = new ArrayList<>();
        for (Sent referral : referrals()) {
            JsonNode body = referral.body();
            LocalDate received = body.has("receivedOn")
                    ? LocalDate.parse(body.path("receivedOn").asText())
                    : today;
            String postcode = body.path("parents").get(0).path("postcode").asText();
            JsonNode baby = body.path("baby");
            boolean inCatchment = CATCHMENT.contains(postcode.split(" ")[0]);
            boolean babyInRange = baby.has("dateOfBirth")
                    ? Period.between(LocalDate.parse(baby.path("dateOfBirth").asText()), received)
                                    .toTotalMonths()
                            < 24
                    : !LocalDate.parse(baby.path("dueDate").asText()).isAfter(received.plusMonths(10));
            if (!inCatchment || !babyInRange) {
                ineligible.add(referral.header("Idempotency-Key")
                        + (inCatchment ? "" : " OUTSIDE_CATCHMENT")
                        + (babyInRange ? "" : " BABY_TOO_OLD"));
            }
        }
        assertEquals(List.of("oxpip-demo-referral-4 OUTSIDE_CATCHMENT BABY_TOO_OLD"), ineligible);
    }

    @Test
    void datesShouldFollowEachOther() {
        for (Sent referral : referrals()) {
            JsonNode body = referral.body();
            String key = referral.header("Idempotency-Key");
            LocalDate received = body.has("receivedOn")
                    ? LocalDate.parse(body.path("receivedOn").asText())
                    : today;
            assertFalse(received.isAfter(today), key + ": received in the future");
            LocalDate consent =
                    LocalDate.parse(body.path("consent").path("date").asText());
            assertFalse(consent.isAfter(received), key + ": consent after the referral was received");
            LocalDate born = LocalDate.parse(
                    body.path("parents").get(0).path("dateOfBirth").asText());
            assertTrue(Period.between(born, received).getYears() >= 18, key + ": an adult parent");
            if (body.path("baby").has("dateOfBirth")) {
                assertFalse(
                        LocalDate.parse(body.path("baby").path("dateOfBirth").asText())
                                .isAfter(received),
                        key + ": a baby born after the referral");
            } else {
                assertTrue(
                        LocalDate.parse(body.path("baby").path("dueDate").asText())
                                .isAfter(received),
                        key + ": due after the referral");
            }
        }
    }

    @Test
    void eachEpisodeShouldMoveForwardInTimeWithMeasuresWhileInTherapy() {
        List<Sent> transitions =
                sent.stream().filter(s -> s.path().endsWith("/transitions")).toList();
        assertFalse(transitions.isEmpty());
        Map<String, List<Sent>> byReferral = new java.util.LinkedHashMap<>();
        transitions.forEach(t -> byReferral
                .computeIfAbsent(t.path().split("/")[4], k -> new ArrayList<>())
                .add(t));
        assertEquals(63, byReferral.size(), "three staff episodes of today and sixty of 2022 to 2024");
        for (Map.Entry<String, List<Sent>> episode : byReferral.entrySet()) {
            List<String> steps = episode.getValue().stream()
                    .map(t -> t.body().path("to").asText())
                    .toList();
            assertTrue(
                    steps.equals(List.of("ACCEPTED", "WAITING", "IN_THERAPY", "CLOSED"))
                            || steps.equals(List.of("ACCEPTED", "WAITING", "IN_THERAPY"))
                            || steps.equals(List.of("DECLINED"))
                            || steps.equals(List.of("REDIRECTED")),
                    steps.toString());
            LocalDate previous = LocalDate.MIN;
            for (Sent step : episode.getValue()) {
                LocalDate on = LocalDate.parse(step.body().path("effectiveDate").asText());
                assertFalse(on.isBefore(previous), "a step before the one it follows");
                assertFalse(on.isAfter(today), "a step in the future");
                assertTrue(step.header("If-Match").matches("\"\\d+\""), "each step names the version it changes");
                previous = on;
            }
            if (steps.size() == 1) {
                continue; // declined or redirected: no therapy, no measures
            }
            LocalDate therapy = LocalDate.parse(
                    episode.getValue().get(2).body().path("effectiveDate").asText());
            LocalDate closed = steps.size() == 4
                    ? LocalDate.parse(episode.getValue()
                            .get(3)
                            .body()
                            .path("effectiveDate")
                            .asText())
                    : today;
            List<Sent> measures = sent.stream()
                    .filter(s -> s.path().equals("/api/v1/assessments")
                            && s.body().path("referralId").asText().equals(episode.getKey()))
                    .toList();
            assertFalse(measures.isEmpty());
            for (Sent measure : measures) {
                LocalDate completed =
                        LocalDate.parse(measure.body().path("completedOn").asText());
                assertFalse(completed.isBefore(therapy), "a measure before therapy started");
                assertFalse(completed.isAfter(closed), "a measure after the episode closed");
            }
        }
    }

    @Test
    void everyMeasureShouldHaveItsInstrumentsItemsInRange() {
        Map<String, int[]> itemsMinMax = Map.of(
                "PHQ9",
                new int[] {9, 0, 3},
                "GAD7",
                new int[] {7, 0, 3},
                "EPDS",
                new int[] {10, 0, 3},
                "PIRGAS",
                new int[] {1, 1, 100},
                "SATISFACTION",
                new int[] {4, 1, 6});
        List<Sent> measures = sent.stream()
                .filter(s -> s.path().equals("/api/v1/assessments"))
                .toList();
        // Today's: two closed episodes of 3 instruments at 2 time points, an open one of 3 at 1 (15). Each year of
        // history: 17 completed of PHQ-9, GAD-7, PIRGAS at 2 time points (102), one that did not engage at 1 (3),
        // five second parents of PHQ-9, GAD-7 at 2 (20), six EPDS at 2 (12), 17 satisfaction (17): 154, thrice.
        assertEquals(15 + 3 * 154, measures.size());
        for (Sent measure : measures) {
            JsonNode body = measure.body();
            int[] rule = itemsMinMax.get(body.path("instrument").asText());
            JsonNode answers = body.path("answers");
            assertEquals(rule[0], answers.size(), body.path("instrument").asText());
            answers.forEach(a -> assertTrue(a.asInt() >= rule[1] && a.asInt() <= rule[2], body.toString()));
            assertTrue(Set.of("BASELINE", "END").contains(body.path("timepoint").asText()));
        }
    }

    /** The NHS number check: weights 10 to 2 on the first nine digits; 11 minus the remainder, 11 read as 0, 10 invalid. */
    private static boolean passesModulus11(String nhs) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nhs.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == nhs.charAt(9) - '0';
    }

    private List<Sent> referrals() {
        return sent.stream().filter(s -> s.path().equals("/api/v1/referrals")).toList();
    }

    private List<JsonNode> parents() {
        return referrals().stream().map(r -> r.body().path("parents").get(0)).toList();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private HttpServer server(Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        server.start();
        servers.add(server);
        return server;
    }

    private JsonNode record(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        synchronized (sent) {
            sent.add(new Sent(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
        }
        return body;
    }

    private static void answer(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
