package org.oxpip.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An entirely fictitious data set (a few referrals of today, and three years of history in {@link DemoHistory})
 * loaded through the public APIs, exactly as a partner's software and a clinician would: so the demo shows what
 * the APIs really do, and nothing bypasses validation or audit.
 *
 * <p>Partner referrals arrive today. Staff-entered referrals carry a past {@code receivedOn} and go through
 * their workflow with past dates, with measures at baseline and end, so the reports have closed episodes
 * with paired scores. Names are invented, NHS numbers are from the 999 test range, phone numbers from
 * Ofcom's drama range, e-mail addresses at example.org.
 *
 * <p>Loading twice does not duplicate: every referral has a fixed Idempotency-Key; a referral that comes
 * back already past RECEIVED is left as it is.
 */
public final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalDate today = LocalDate.now();
    private final java.util.Set<String> missingEndpoints = new java.util.HashSet<>();
    private int created;
    private int existing;
    private int skipped;

    public DemoData(LocalStack stack) {
        this.stack = stack;
    }

    /** Loads the data set; problems are logged per record and never stop the stack. */
    public void load() {
        Log.info("Demo data: loading through the public APIs...");
        KeycloakTokens tokens = stack.tokens();
        String agencyA = tokens.clientCredentials(DemoRealm.PARTNER_AGENCY_A);
        String agencyB = tokens.clientCredentials(DemoRealm.PARTNER_AGENCY_B);
        String clinician = tokens.password(DemoRealm.CLINICIAN);

        // Partner referrals, received now.
        partnerReferral(
                agencyA,
                1,
                "HEALTH_VISITOR",
                parent("Alex", "Example", 31, "OX11 7HJ", 1),
                baby("dateOfBirth", today.minusMonths(4)),
                List.of("LOW_MOOD", "BONDING_DIFFICULTY"),
                "DIDCOT_POWERHOUSE");
        partnerReferral(
                agencyA,
                2,
                "MIDWIFE",
                parent("Sam", "Sample", 27, "OX11 9BN", 2),
                baby("dueDate", today.plusMonths(3)),
                List.of("ANXIETY"),
                "DIDCOT_POWERHOUSE");
        partnerReferral(
                agencyB,
                3,
                "GP",
                parent("Jo", "Placeholder", 35, "OX11 0RL", 3),
                baby("dateOfBirth", today.minusMonths(14)),
                List.of("BIRTH_TRAUMA", "LOW_MOOD"),
                null);
        // Outside the catchment and the age range: recorded, flagged ineligible.
        partnerReferral(
                agencyB,
                4,
                "SOCIAL_CARE",
                parent("Robin", "Fictional", 24, "OX4 1AA", 4),
                baby("dateOfBirth", today.minusMonths(30)),
                List.of("RELATIONSHIP_DIFFICULTY"),
                null);

        // Staff-entered episodes with a history, for the outcome figures.
        Optional<Referral> improved = staffReferral(
                clinician,
                5,
                "SELF",
                300,
                parent("Charlie", "Madeup", 29, "OX11 8QT", 5),
                List.of("LOW_MOOD", "ANXIETY", "BONDING_DIFFICULTY"));
        improved.ifPresent(r -> episode(
                clinician,
                r,
                300,
                true,
                "COMPLETED",
                new int[][] {{2, 2, 2, 2, 2, 1, 2, 1, 0}, {1, 1, 0, 1, 1, 0, 1, 0, 0}}, // PHQ-9 14 -> 5
                new int[][] {{2, 2, 2, 1, 2, 1, 2}, {1, 0, 1, 0, 1, 0, 0}}, // GAD-7 12 -> 3
                new int[] {45, 72}, // PIRGAS
                null));
        Optional<Referral> epds = staffReferral(
                clinician,
                6,
                "HEALTH_VISITOR",
                240,
                parent("Dana", "Invented", 33, "OX11 7LW", 6),
                List.of("LOW_MOOD", "BIRTH_TRAUMA"));
        epds.ifPresent(r -> episode(
                clinician,
                r,
                240,
                true,
                "COMPLETED",
                new int[][] {{1, 2, 1, 2, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1, 1, 1, 0}
                }, // PHQ-9 11 -> 8, item 9 risk at baseline
                null,
                new int[] {55, 62},
                new int[][] {{2, 2, 2, 1, 2, 2, 1, 2, 1, 0}, {1, 1, 1, 1, 1, 1, 1, 1, 0, 0}})); // EPDS 15 -> 8
        Optional<Referral> ongoing = staffReferral(
                clinician,
                7,
                "PERINATAL_MENTAL_HEALTH",
                120,
                parent("Eli", "Notreal", 38, "OX11 0DQ", 7),
                List.of("TRAUMA"));
        ongoing.ifPresent(r -> episode(
                clinician,
                r,
                120,
                false,
                null,
                new int[][] {{2, 1, 2, 1, 1, 1, 2, 1, 0}},
                new int[][] {{2, 2, 1, 1, 2, 1, 1}},
                new int[] {50},
                null));

        // Three years of history, 2022 to 2024, for the reports a newcomer opens first.
        for (DemoHistory.Family family : DemoHistory.families()) {
            historicReferral(clinician, family).ifPresent(r -> history(clinician, r, family));
        }

        Log.info("Demo data: %d referrals created, %d already there; %d requests skipped", created, existing, skipped);
    }

    // ----- 2022 to 2024

    private static final String[] GIVEN_NAMES = {
        "Alex", "Sam", "Jo", "Robin", "Charlie", "Dana", "Eli", "Frankie", "Gale", "Harper",
        "Indy", "Jules", "Kit", "Lee", "Morgan", "Nico", "Oakley", "Pat", "Quinn", "Remy"
    };
    private static final String[] FAMILY_NAMES = {"Example", "Sample", "Placeholder"};

    private Optional<Referral> historicReferral(String token, DemoHistory.Family f) {
        int k = (f.number() - DemoHistory.FIRST_NUMBER) % DemoHistory.FAMILIES_A_YEAR;
        int year = (f.number() - DemoHistory.FIRST_NUMBER) / DemoHistory.FAMILIES_A_YEAR;
        LocalDate received = f.receivedOn();
        ObjectNode parent = JSON.createObjectNode();
        parent.put("givenName", GIVEN_NAMES[k]);
        parent.put("familyName", FAMILY_NAMES[year] + "-" + GIVEN_NAMES[(k + 7) % GIVEN_NAMES.length]);
        parent.put("dateOfBirth", received.minusYears(24 + k % 12).minusDays(k).toString());
        parent.put("nhsNumber", testNhsNumber(f.number()));
        parent.put("postcode", f.postcode());
        parent.put("phone", "07700 900" + String.format("%03d", f.number() % 1000));
        ObjectNode baby = f.pregnant()
                ? baby("dueDate", received.plusMonths(4))
                : baby("dateOfBirth", received.minusMonths(2 + k % 9));
        String role = f.sourceType().equals("SELF") ? "OTHER" : f.sourceType();
        ObjectNode body = referralBody(
                f.number(),
                role,
                parent,
                baby,
                List.of(k % 2 == 0 ? "LOW_MOOD" : "ANXIETY", k % 3 == 0 ? "BIRTH_TRAUMA" : "BONDING_DIFFICULTY"),
                f.fundingStream(),
                received.minusDays(3));
        if (f.sourceType().equals("SELF")) {
            body.remove("referrer");
        }
        monitoring(parent, f.monitoring1());
        if (f.parent2() != null) { // the family's second parent, who completes measures too
            ObjectNode second = ((ArrayNode) body.get("parents")).addObject();
            second.put("givenName", GIVEN_NAMES[(k + 3) % GIVEN_NAMES.length]);
            second.put("familyName", parent.get("familyName").asText());
            second.put(
                    "dateOfBirth",
                    received.minusYears(26 + k % 10).minusDays(2L * k).toString());
            second.put("postcode", f.postcode());
            monitoring(second, f.monitoring2());
        }
        body.put("sourceType", f.sourceType());
        body.put("receivedOn", received.toString());
        return postReferral(token, f.number(), body).filter(r -> "RECEIVED".equals(r.status()));
    }

    /** The family's path through the workflow, with its measures, on the dates the history gives. */
    private void history(String token, Referral referral, DemoHistory.Family f) {
        switch (f.path()) {
            case DECLINED ->
                transition(token, referral, "DECLINED", f.decidedOn().toString(), null);
            case REDIRECTED ->
                transition(token, referral, "REDIRECTED", f.decidedOn().toString(), null);
            case DID_NOT_ENGAGE, COMPLETED -> therapy(token, referral, f);
        }
    }

    private void therapy(String token, Referral referral, DemoHistory.Family f) {
        Referral r = referral;
        for (String[] step : new String[][] {
            {"ACCEPTED", f.acceptedOn().toString()},
            {"WAITING", f.waitingOn().toString()},
            {"IN_THERAPY", f.firstSessionOn().toString()}
        }) {
            Optional<Referral> next = transition(token, r, step[0], step[1], null);
            if (next.isEmpty()) {
                return;
            }
            r = next.get();
        }
        boolean completed = f.path() == DemoHistory.Path.COMPLETED;
        historicMeasures(
                token, r.id(), "PARENT_1", f.parent1(), f.firstSessionOn(), f.endOn(), completed, f.riskAtBaseline());
        if (f.parent2() != null) {
            historicMeasures(token, r.id(), "PARENT_2", f.parent2(), f.firstSessionOn(), f.endOn(), completed, false);
        }
        for (DemoHistory.Session session : f.sessions()) {
            session(token, r.id(), session);
        }
        if (f.satisfaction() != null) {
            assessment(
                    token, r.id(), "SATISFACTION", "END", f.endOn(), "PARENT_1", new int[] {f.satisfaction(), 5, 4, 5});
        }
        transition(token, r, "CLOSED", f.closedOn().toString(), completed ? "COMPLETED" : "DID_NOT_ENGAGE");
    }

    /** Equality monitoring with the referral, as a partner may send it (none: the family was not asked). */
    private static void monitoring(ObjectNode parent, DemoHistory.Monitoring answers) {
        if (answers == null) {
            return;
        }
        ObjectNode monitoring = parent.putObject("monitoring");
        monitoring.put("ethnicGroup", answers.ethnicGroup());
        monitoring.put("relationshipToBaby", answers.relationshipToBaby());
        monitoring.put("firstTimeParent", answers.firstTimeParent());
        monitoring.put("disability", answers.disability());
        monitoring.put("needsInterpreter", answers.needsInterpreter());
    }

    private void session(String token, String referralId, DemoHistory.Session session) {
        ObjectNode body = JSON.createObjectNode();
        body.put("date", session.date().toString());
        body.put("durationMinutes", session.kind().equals("ASSESSMENT") ? 90 : 60);
        body.put("kind", session.kind());
        body.put("setting", session.date().getDayOfMonth() % 3 == 0 ? "CLINIC" : "HOME");
        body.put("attendance", session.attendance());
        ArrayNode attendees = body.putArray("attendees");
        attendees.add("PARENT_1");
        attendees.add("BABY");
        send(
                        "session of " + referralId,
                        token,
                        "POST",
                        stack.referralsUrl() + "/api/v1/referrals/" + referralId + "/sessions",
                        body,
                        null,
                        null)
                .filter(response -> response.statusCode() != 201)
                .ifPresent(response -> warnStatus("session", response));
    }

    private void historicMeasures(
            String token,
            String referralId,
            String respondent,
            DemoHistory.Scores scores,
            LocalDate start,
            LocalDate end,
            boolean withEnd,
            boolean risk) {
        for (int t = 0; t < (withEnd ? 2 : 1); t++) {
            String timepoint = t == 0 ? "BASELINE" : "END";
            LocalDate on = t == 0 ? start : end;
            boolean riskNow = risk && t == 0;
            if (scores.phq9() != null) {
                assessment(
                        token,
                        referralId,
                        "PHQ9",
                        timepoint,
                        on,
                        respondent,
                        DemoHistory.answers(scores.phq9()[t], 9, 3, riskNow));
            }
            if (scores.gad7() != null) {
                assessment(
                        token,
                        referralId,
                        "GAD7",
                        timepoint,
                        on,
                        respondent,
                        DemoHistory.answers(scores.gad7()[t], 7, 3, false));
            }
            if (scores.epds() != null) {
                assessment(
                        token,
                        referralId,
                        "EPDS",
                        timepoint,
                        on,
                        respondent,
                        DemoHistory.answers(scores.epds()[t], 10, 3, false));
            }
            if (scores.pirgas() != null) {
                assessment(token, referralId, "PIRGAS", timepoint, on, respondent, new int[] {scores.pirgas()[t]});
            }
        }
    }

    // ----- referrals

    private record Referral(String id, String etag, String status) {}

    private void partnerReferral(
            String token,
            int n,
            String referrerRole,
            ObjectNode parent,
            ObjectNode baby,
            List<String> concerns,
            String fundingStream) {
        ObjectNode body = referralBody(n, referrerRole, parent, baby, concerns, fundingStream, today.minusDays(2));
        postReferral(token, n, body);
    }

    private Optional<Referral> staffReferral(
            String token, int n, String sourceType, int daysAgo, ObjectNode parent, List<String> concerns) {
        LocalDate received = today.minusDays(daysAgo);
        String role = sourceType.equals("SELF") ? "OTHER" : sourceType;
        ObjectNode body = referralBody(
                n,
                role,
                parent,
                baby("dateOfBirth", received.minusMonths(3)),
                concerns,
                "DIDCOT_POWERHOUSE",
                received.minusDays(3));
        body.put("sourceType", sourceType);
        body.put("receivedOn", received.toString());
        return postReferral(token, n, body).filter(r -> {
            if (!"RECEIVED".equals(r.status())) {
                Log.info("Demo data: referral %d is already past RECEIVED; its history is not replayed", n);
                return false;
            }
            return true;
        });
    }

    private ObjectNode referralBody(
            int n,
            String referrerRole,
            ObjectNode parent,
            ObjectNode baby,
            List<String> concerns,
            String fundingStream,
            LocalDate consentDate) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode referrer = body.putObject("referrer");
        referrer.put("name", "Demo Referrer " + n);
        referrer.put("role", referrerRole);
        referrer.put("organisation", "Demo Organisation");
        referrer.put("email", "referrer" + n + "@example.org");
        referrer.put("phone", "07700 900" + String.format("%03d", 100 + n));
        body.putArray("parents").add(parent);
        body.set("baby", baby);
        ArrayNode c = body.putArray("concerns");
        concerns.forEach(c::add);
        body.put("details", "Fictitious demo referral " + n + ".");
        ObjectNode consent = body.putObject("consent");
        consent.put("given", true);
        consent.put("date", consentDate.toString());
        if (fundingStream != null) {
            body.put("fundingStream", fundingStream);
        }
        return body;
    }

    private Optional<Referral> postReferral(String token, int n, ObjectNode body) {
        Optional<HttpResponse<String>> response = send(
                "referral " + n,
                token,
                "POST",
                stack.referralsUrl() + "/api/v1/referrals",
                body,
                "Idempotency-Key",
                "oxpip-demo-referral-" + n);
        if (response.isEmpty()) {
            return Optional.empty();
        }
        int status = response.get().statusCode();
        if (status == 409) {
            existing++;
            Log.info("Demo data: referral %d was loaded on an earlier day (idempotency key reused): left as it is", n);
            return Optional.empty();
        }
        if (status != 201 && status != 200) {
            skipped++;
            warnStatus("referral " + n, response.get());
            return Optional.empty();
        }
        if (status == 201) {
            created++;
        } else {
            existing++;
        }
        return Optional.of(referral(response.get()));
    }

    private Referral referral(HttpResponse<String> response) {
        JsonNode json = readJson(response.body());
        String etag = response.headers()
                .firstValue("ETag")
                .orElse("\"" + json.path("version").asText() + "\"");
        return new Referral(json.path("id").asText(), etag, json.path("status").asText());
    }

    // ----- workflow and measures

    /**
     * ACCEPTED -> WAITING -> IN_THERAPY from {@code daysAgo}, baseline measures when therapy starts, end
     * measures and CLOSED near the end when {@code closed}.
     */
    private void episode(
            String token,
            Referral referral,
            int daysAgo,
            boolean closed,
            String closureReason,
            int[][] phq9,
            int[][] gad7,
            int[] pirgas,
            int[][] epds) {
        LocalDate accepted = today.minusDays(daysAgo - 7);
        LocalDate waiting = accepted.plusDays(3);
        LocalDate therapy = waiting.plusDays(21);
        LocalDate end = today.minusDays(Math.max(14, daysAgo / 5));
        Referral r = referral;
        for (String[] step : new String[][] {
            {"ACCEPTED", accepted.toString()}, {"WAITING", waiting.toString()}, {"IN_THERAPY", therapy.toString()}
        }) {
            Optional<Referral> next = transition(token, r, step[0], step[1], null);
            if (next.isEmpty()) {
                return;
            }
            r = next.get();
        }
        measures(
                token,
                r.id(),
                "BASELINE",
                therapy,
                phq9 == null ? null : phq9[0],
                gad7 == null ? null : gad7[0],
                pirgas == null ? null : new int[] {pirgas[0]},
                epds == null ? null : epds[0]);
        if (closed) {
            measures(
                    token,
                    r.id(),
                    "END",
                    end,
                    phq9 == null ? null : phq9[1],
                    gad7 == null ? null : gad7[1],
                    pirgas == null ? null : new int[] {pirgas[1]},
                    epds == null ? null : epds[1]);
            transition(token, r, "CLOSED", end.plusDays(2).toString(), closureReason);
        }
    }

    private Optional<Referral> transition(String token, Referral r, String to, String date, String closureReason) {
        ObjectNode body = JSON.createObjectNode();
        body.put("to", to);
        body.put("effectiveDate", date);
        body.put("reason", "Demo data");
        if (closureReason != null) {
            body.put("closureReason", closureReason);
        }
        Optional<HttpResponse<String>> response = send(
                "transition to " + to,
                token,
                "POST",
                stack.referralsUrl() + "/api/v1/referrals/" + r.id() + "/transitions",
                body,
                "If-Match",
                r.etag());
        if (response.isEmpty()) {
            return Optional.empty();
        }
        if (response.get().statusCode() != 200) {
            warnStatus("transition to " + to, response.get());
            return Optional.empty();
        }
        return Optional.of(referral(response.get()));
    }

    private void measures(
            String token,
            String referralId,
            String timepoint,
            LocalDate on,
            int[] phq9,
            int[] gad7,
            int[] pirgas,
            int[] epds) {
        assessment(token, referralId, "PHQ9", timepoint, on, "PARENT_1", phq9);
        assessment(token, referralId, "GAD7", timepoint, on, "PARENT_1", gad7);
        assessment(token, referralId, "EPDS", timepoint, on, "PARENT_1", epds);
        assessment(token, referralId, "PIRGAS", timepoint, on, "PARENT_1", pirgas);
    }

    private void assessment(
            String token,
            String referralId,
            String instrument,
            String timepoint,
            LocalDate on,
            String respondent,
            int[] answers) {
        if (answers == null) {
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("referralId", referralId);
        body.put("instrument", instrument);
        body.put("timepoint", timepoint);
        body.put("respondent", respondent);
        body.put("completedOn", on.toString());
        ArrayNode a = body.putArray("answers");
        for (int v : answers) {
            a.add(v);
        }
        String what = instrument + " " + timepoint;
        send(what, token, "POST", stack.outcomesUrl() + "/api/v1/assessments", body, null, null)
                .filter(resp -> resp.statusCode() != 201)
                .ifPresent(resp -> warnStatus(what, resp));
    }

    // ----- people (all invented)

    private ObjectNode parent(String given, String family, int age, String postcode, int n) {
        ObjectNode p = JSON.createObjectNode();
        p.put("givenName", given);
        p.put("familyName", family);
        p.put("dateOfBirth", today.minusYears(age).minusDays(37L * n).toString());
        p.put("nhsNumber", testNhsNumber(n));
        p.put("postcode", postcode);
        p.put("phone", "07700 900" + String.format("%03d", n));
        p.put("email", given.toLowerCase() + "." + family.toLowerCase() + "@example.org");
        return p;
    }

    private static ObjectNode baby(String field, LocalDate date) {
        ObjectNode b = JSON.createObjectNode();
        b.put(field, date.toString());
        return b;
    }

    /** A valid (modulus 11) NHS number from the 999 range, which is never issued to a patient. */
    static String testNhsNumber(int n) {
        for (long base = 999_000_000L + n * 10L; ; base++) {
            String digits = Long.toString(base);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits + check;
            }
        }
    }

    // ----- HTTP

    /**
     * Empty when the service could not be reached or the endpoint does not exist (yet): both logged once.
     * A POST to a collection (no id in the path) that answers 404 or 405 means the endpoint is not there.
     */
    private Optional<HttpResponse<String>> send(
            String what, String token, String method, String url, JsonNode body, String header, String headerValue) {
        boolean collection = url.endsWith("/referrals") || url.endsWith("/assessments");
        if (missingEndpoints.contains(url)) {
            skipped++;
            return Optional.empty();
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (header != null) {
                request.header(header, headerValue);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (collection && (response.statusCode() == 404 || response.statusCode() == 405)) {
                skipped++;
                missingEndpoints.add(url);
                Log.warn(
                        "Demo data: %s %s answers %d: that endpoint is not built yet; skipping everything sent to it",
                        method, url, response.statusCode());
                return Optional.empty();
            }
            return Optional.of(response);
        } catch (IOException e) {
            skipped++;
            missingEndpoints.add(url);
            Log.warn(
                    "Demo data: %s: %s is not reachable (%s); skipping everything sent to it",
                    what, url, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }

    /** Logs the problem's title and detail only: the body of an error never contains the record sent. */
    private static void warnStatus(String what, HttpResponse<String> response) {
        JsonNode problem = readJson(response.body());
        Log.warn(
                "Demo data: %s: HTTP %d %s %s",
                what,
                response.statusCode(),
                problem.path("title").asText(""),
                problem.path("detail").asText(""));
    }

    private static JsonNode readJson(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
