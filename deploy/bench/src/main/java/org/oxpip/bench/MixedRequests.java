package org.oxpip.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests of the mixed load, each with the role that would send it: invented families for the intakes,
 * measures and reads against the ACCEPTED referrals run.sh made, reports over this year and the last.
 * Tokens come from the environment (BENCH_PARTNER_TOKEN, BENCH_CLINICIAN_TOKEN, BENCH_MANAGER_TOKEN), so that
 * {@code ps} does not show them.
 */
final class MixedRequests {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String[] POSTCODES = {"OX11 7HJ", "OX11 8AB", "OX10 9DE", "OX12 8EF", "OX13 6GH", "OX14 4JL"};
    private static final String[] CONCERNS = {"LOW_MOOD", "ANXIETY", "BONDING_DIFFICULTY", "BIRTH_TRAUMA"};

    private final String referrals;
    private final String outcomes;
    private final String reporting;
    private final List<String> ids;
    private final LocalDate today;
    private final AtomicLong counter = new AtomicLong();

    MixedRequests(String referrals, String outcomes, String reporting, List<String> ids, LocalDate today) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no ACCEPTED referral ids to send measures and reads for");
        }
        this.referrals = referrals;
        this.outcomes = outcomes;
        this.reporting = reporting;
        this.ids = List.copyOf(ids);
        this.today = today;
    }

    HttpRequest request(RequestKind kind) {
        long n = counter.incrementAndGet();
        String id = ids.get((int) (n % ids.size()));
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        return switch (kind) {
            case INTAKE ->
                post(referrals + "/api/v1/referrals", "BENCH_PARTNER_TOKEN", intakeBody())
                        .header("Idempotency-Key", "mixed-" + UUID.randomUUID())
                        .build();
            case LIST ->
                get(referrals + "/api/v1/referrals?status=ACCEPTED&size=20&page=" + (n % 5), "BENCH_CLINICIAN_TOKEN");
            case DETAIL -> get(referrals + "/api/v1/referrals/" + id, "BENCH_CLINICIAN_TOKEN");
            case MEASURE ->
                post(outcomes + "/api/v1/assessments", "BENCH_CLINICIAN_TOKEN", measureBody(id, n))
                        .build();
            case OUTCOMES ->
                get(
                        outcomes + "/api/v1/referrals/" + id + (n % 2 == 0 ? "/outcomes" : "/assessments"),
                        "BENCH_CLINICIAN_TOKEN");
            case ALERTS -> get(outcomes + "/api/v1/alerts?size=20", "BENCH_CLINICIAN_TOKEN");
            case SUMMARY ->
                get(reporting + "/api/v1/reports/summary?from=" + yearStart + "&to=" + yearEnd, "BENCH_MANAGER_TOKEN");
            case TREND ->
                get(
                        reporting + "/api/v1/reports/trend?interval=quarter&from=" + yearStart.minusYears(1) + "&to="
                                + yearEnd,
                        "BENCH_MANAGER_TOKEN");
        };
    }

    private static HttpRequest get(String url, String tokenVariable) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token(tokenVariable))
                .GET()
                .build();
    }

    private static HttpRequest.Builder post(String url, String tokenVariable, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token(tokenVariable))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** An invented family: names of random letters, an NHS number from the 999 test range. */
    private String intakeBody() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format(
                Locale.ROOT,
                "{\"referrer\":{\"name\":\"Bench Visitor\",\"role\":\"HEALTH_VISITOR\","
                        + "\"organisation\":\"Bench Health Visiting Team\",\"email\":\"bench@example.org\"},"
                        + "\"parents\":[{\"givenName\":\"%s\",\"familyName\":\"%s\",\"dateOfBirth\":\"19%02d-%02d-%02d\","
                        + "\"nhsNumber\":\"%s\",\"postcode\":\"%s\"}],\"baby\":{\"dateOfBirth\":\"%s\"},"
                        + "\"concerns\":[\"%s\"],\"details\":\"Invented family for a benchmark.\","
                        + "\"consent\":{\"given\":true,\"date\":\"%s\"},\"fundingStream\":\"DIDCOT_POWERHOUSE\"}",
                letters(7),
                letters(9),
                r.nextInt(80, 100),
                r.nextInt(1, 13),
                r.nextInt(1, 29),
                testNhsNumber(),
                POSTCODES[r.nextInt(POSTCODES.length)],
                today.minusDays(90),
                CONCERNS[r.nextInt(CONCERNS.length)],
                today);
    }

    /** PHQ-9 and GAD-7 in turn; PHQ-9 item 9 (self-harm) left at 0 so that not every measure raises an alert. */
    private String measureBody(String referralId, long n) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        boolean phq9 = n % 2 == 0;
        int[] answers = new int[phq9 ? 9 : 7];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = r.nextInt(0, 4);
        }
        if (phq9) {
            answers[8] = 0;
        }
        return String.format(
                Locale.ROOT,
                "{\"referralId\":\"%s\",\"instrument\":\"%s\",\"timepoint\":\"BASELINE\","
                        + "\"respondent\":\"PARENT_1\",\"completedOn\":\"%s\",\"answers\":%s}",
                referralId,
                phq9 ? "PHQ9" : "GAD7",
                today,
                Arrays.toString(answers).replace(" ", ""));
    }

    private static String letters(int n) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder s = new StringBuilder().append((char) r.nextInt('A', 'Z' + 1));
        for (int i = 1; i < n; i++) {
            s.append((char) r.nextInt('a', 'z' + 1));
        }
        return s.toString();
    }

    /** 999 then six random digits and a valid modulus-11 check digit: numbers the NHS never issues. */
    private static String testNhsNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (true) {
            int[] d = new int[9];
            d[0] = 9;
            d[1] = 9;
            d[2] = 9;
            for (int i = 3; i < 9; i++) {
                d[i] = r.nextInt(10);
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += d[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                StringBuilder s = new StringBuilder();
                for (int digit : d) {
                    s.append(digit);
                }
                return s.append(check).toString();
            }
        }
    }

    private static String token(String variable) {
        String token = System.getenv(variable);
        if (token == null || token.isBlank()) {
            throw new IllegalStateException(variable + " is not set");
        }
        return token;
    }
}
