import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Issue 6, item 8: a steady mixed load on the whole stack, as a working day of the charity would bring it, only
 * faster: partner agencies sending referrals, clinicians reading referrals and recording measures, managers
 * asking for the impact report. Run by deploy/bench/run.sh with Java's single-file source launcher.
 *
 * <p><b>Open loop.</b> Requests leave at fixed times (rate per second, evenly spaced) whatever the answers take,
 * and each latency is counted from the time the request was due, not from when it was sent. A closed-loop tool
 * (wrk) slows down when the service does and so hides the queue that builds behind a slow answer; this one
 * cannot (Gil Tene's "coordinated omission").
 *
 * <p><b>The mix</b>, per 20 requests: 4 intakes ({@code POST /referrals}, partner agency A), 3 referral lists
 * and 3 referral details (clinician), 4 measures ({@code POST /assessments}, clinician, which includes
 * outcomes-service's call to referrals-service), 3 reads of a family's outcomes or assessments, 1 alert list
 * (clinician), 1 summary report and 1 quarterly trend (manager).
 *
 * <p>Arguments, all {@code --name=value}: referrals, outcomes, reporting (base URLs), ids (a file of ACCEPTED
 * referral ids, one a line), today (yyyy-MM-dd), rate (requests/s, 50), seconds (measured, 60), warmup (seconds
 * at the same rate first, not counted, 10), out (a file for the per-kind table). Tokens come from the
 * environment, so that {@code ps} does not show them: BENCH_PARTNER_TOKEN, BENCH_CLINICIAN_TOKEN,
 * BENCH_MANAGER_TOKEN.
 *
 * <p>Prints one line {@code BENCH key=value ...} (as the wrk scripts do) for run.sh, and writes the table.
 * Error responses are counted by status; their bodies are never printed.
 */
public final class MixedLoad {

    enum Kind {
        INTAKE(201), LIST(200), DETAIL(200), MEASURE(201), OUTCOMES(200), ALERTS(200), SUMMARY(200), TREND(200);

        final int expected;

        Kind(int expected) {
            this.expected = expected;
        }
    }

    private static final Kind[] MIX = {
        Kind.INTAKE, Kind.LIST, Kind.MEASURE, Kind.DETAIL, Kind.OUTCOMES,
        Kind.INTAKE, Kind.MEASURE, Kind.DETAIL, Kind.LIST, Kind.SUMMARY,
        Kind.INTAKE, Kind.MEASURE, Kind.OUTCOMES, Kind.DETAIL, Kind.ALERTS,
        Kind.INTAKE, Kind.MEASURE, Kind.LIST, Kind.OUTCOMES, Kind.TREND,
    };

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String[] POSTCODES = {"OX11 7HJ", "OX11 8AB", "OX10 9DE", "OX12 8EF", "OX13 6GH", "OX14 4JL"};
    private static final String[] CONCERNS = {"LOW_MOOD", "ANXIETY", "BONDING_DIFFICULTY", "BIRTH_TRAUMA"};

    /** One answered (or failed) request of the measured window. */
    private record Sample(Kind kind, long latencyNanos, int status) {}

    private final Map<String, String> args;
    private final HttpClient http;
    private final List<String> ids;
    private final LocalDate today;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();

    private MixedLoad(Map<String, String> args, ExecutorService executor) throws IOException {
        this.args = args;
        this.ids = Files.readAllLines(Path.of(required("ids"))).stream().filter(s -> !s.isBlank()).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no referral ids in " + required("ids"));
        }
        this.today = LocalDate.parse(required("today"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(executor).build();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + a);
            }
            args.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            new MixedLoad(args, executor).run();
        } finally {
            executor.shutdownNow();
        }
    }

    private void run() throws Exception {
        double rate = Double.parseDouble(args.getOrDefault("rate", "50"));
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(args.getOrDefault("warmup", "10"));
        long interval = (long) (1_000_000_000L / rate);
        long warmupCount = (long) (warmup * rate);
        long total = warmupCount + (long) (seconds * rate);

        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime() + 100_000_000L;
        long measuredStart = start + warmupCount * interval;
        long lateSends = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -interval) {
                lateSends++; // the generator itself fell behind (counted in the latency anyway, from "due")
            }
            Kind kind = MIX[(int) (i % MIX.length)];
            boolean measured = i >= warmupCount;
            inFlight.add(send(kind, due, measured));
            if (inFlight.size() > 2_000) {
                inFlight.removeIf(CompletableFuture::isDone);
            }
        }
        long sendingEnded = System.nanoTime();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        double measuredSeconds = (sendingEnded - measuredStart) / 1e9;
        report(seconds, rate, measuredSeconds, lateSends, total);
    }

    private CompletableFuture<?> send(Kind kind, long due, boolean measured) {
        HttpRequest request = request(kind);
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            long latency = System.nanoTime() - due;
            int status = error == null ? response.statusCode() : -1;
            if (measured) {
                samples.add(new Sample(kind, latency, status));
                if (status != kind.expected) {
                    String what = error == null ? "HTTP " + status : error.getClass().getSimpleName();
                    failures.computeIfAbsent(kind + " " + what, k -> new AtomicLong()).incrementAndGet();
                }
            }
            return null;
        });
    }

    private HttpRequest request(Kind kind) {
        long n = counter.incrementAndGet();
        String id = ids.get((int) (n % ids.size()));
        return switch (kind) {
            case INTAKE -> post(required("referrals") + "/api/v1/referrals", "BENCH_PARTNER_TOKEN", intakeBody())
                    .header("Idempotency-Key", "mixed-" + UUID.randomUUID()).build();
            case LIST -> get(required("referrals") + "/api/v1/referrals?status=ACCEPTED&size=20&page=" + (n % 5),
                    "BENCH_CLINICIAN_TOKEN");
            case DETAIL -> get(required("referrals") + "/api/v1/referrals/" + id, "BENCH_CLINICIAN_TOKEN");
            case MEASURE -> post(required("outcomes") + "/api/v1/assessments", "BENCH_CLINICIAN_TOKEN",
                    measureBody(id, n)).build();
            case OUTCOMES -> get(required("outcomes") + "/api/v1/referrals/" + id
                    + (n % 2 == 0 ? "/outcomes" : "/assessments"), "BENCH_CLINICIAN_TOKEN");
            case ALERTS -> get(required("outcomes") + "/api/v1/alerts?size=20", "BENCH_CLINICIAN_TOKEN");
            case SUMMARY -> get(required("reporting") + "/api/v1/reports/summary?from=" + today.withDayOfYear(1)
                    + "&to=" + today.withDayOfYear(1).plusYears(1).minusDays(1), "BENCH_MANAGER_TOKEN");
            case TREND -> get(required("reporting") + "/api/v1/reports/trend?interval=quarter&from="
                    + today.withDayOfYear(1).minusYears(1) + "&to=" + today.withDayOfYear(1).plusYears(1).minusDays(1),
                    "BENCH_MANAGER_TOKEN");
        };
    }

    private HttpRequest get(String url, String tokenVariable) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token(tokenVariable)).GET().build();
    }

    private HttpRequest.Builder post(String url, String tokenVariable, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token(tokenVariable))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** An invented family: names of random letters, an NHS number from the 999 test range. */
    private String intakeBody() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("{\"referrer\":{\"name\":\"Bench Visitor\",\"role\":\"HEALTH_VISITOR\","
                        + "\"organisation\":\"Bench Health Visiting Team\",\"email\":\"bench@example.org\"},"
                        + "\"parents\":[{\"givenName\":\"%s\",\"familyName\":\"%s\",\"dateOfBirth\":\"19%02d-%02d-%02d\","
                        + "\"nhsNumber\":\"%s\",\"postcode\":\"%s\"}],\"baby\":{\"dateOfBirth\":\"%s\"},"
                        + "\"concerns\":[\"%s\"],\"details\":\"Invented family for a benchmark.\","
                        + "\"consent\":{\"given\":true,\"date\":\"%s\"},\"fundingStream\":\"DIDCOT_POWERHOUSE\"}",
                letters(7), letters(9), r.nextInt(80, 100), r.nextInt(1, 13), r.nextInt(1, 29), testNhsNumber(),
                POSTCODES[r.nextInt(POSTCODES.length)], today.minusDays(90), CONCERNS[r.nextInt(CONCERNS.length)], today);
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
        return String.format("{\"referralId\":\"%s\",\"instrument\":\"%s\",\"timepoint\":\"BASELINE\","
                        + "\"respondent\":\"PARENT_1\",\"completedOn\":\"%s\",\"answers\":%s}",
                referralId, phq9 ? "PHQ9" : "GAD7", today, Arrays.toString(answers).replace(" ", ""));
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

    private void report(int seconds, double rate, double measuredSeconds, long lateSends, long sent) throws IOException {
        List<Sample> all = new ArrayList<>(samples);
        Map<Kind, List<Sample>> byKind = new EnumMap<>(Kind.class);
        for (Sample s : all) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        long errors = all.stream().filter(s -> s.status() != s.kind().expected).count();
        double[] overall = percentiles(all);
        StringBuilder table = new StringBuilder();
        table.append("| kind | requests | errors | p50 ms | p95 ms | p99 ms | max ms |\n");
        table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<Kind, List<Sample>> e : byKind.entrySet()) {
            double[] p = percentiles(e.getValue());
            long bad = e.getValue().stream().filter(s -> s.status() != s.kind().expected).count();
            table.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", label(e.getKey()),
                    e.getValue().size(), bad, p[0], p[1], p[2], p[3]));
        }
        table.append(String.format("| **all** | **%d** | **%d** | **%.1f** | **%.1f** | **%.1f** | **%.1f** |%n",
                all.size(), errors, overall[0], overall[1], overall[2], overall[3]));
        String out = args.get("out");
        if (out != null) {
            Files.writeString(Path.of(out), table);
        }
        System.out.print(table);
        failures.forEach((what, count) -> System.out.println("failed: " + what + " × " + count.get()));
        System.out.printf("BENCH requests=%d errors=%d rate=%.1f seconds=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f "
                        + "max_ms=%.1f late_sends=%d sent=%d target_rate=%.0f target_seconds=%d%n",
                all.size(), errors, all.size() / measuredSeconds, measuredSeconds, overall[0], overall[1], overall[2],
                overall[3], lateSends, sent, rate, seconds);
    }

    private static String label(Kind kind) {
        return switch (kind) {
            case INTAKE -> "intake: `POST /referrals` (partner)";
            case LIST -> "`GET /referrals?status=ACCEPTED` (clinician)";
            case DETAIL -> "`GET /referrals/{id}` (clinician)";
            case MEASURE -> "measure: `POST /assessments` (clinician)";
            case OUTCOMES -> "`GET /referrals/{id}/outcomes` or `/assessments` (clinician)";
            case ALERTS -> "`GET /alerts` (clinician)";
            case SUMMARY -> "`GET /reports/summary`, this year (manager)";
            case TREND -> "`GET /reports/trend`, quarters of two years (manager)";
        };
    }

    /** p50, p95, p99 (nearest rank) and max, in milliseconds. */
    private static double[] percentiles(List<Sample> samples) {
        if (samples.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        long[] ns = samples.stream().mapToLong(Sample::latencyNanos).sorted().toArray();
        return new double[] {rank(ns, 0.50), rank(ns, 0.95), rank(ns, 0.99), ns[ns.length - 1] / 1e6};
    }

    private static double rank(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    private String required(String name) {
        String value = args.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + "= is needed");
        }
        return value;
    }

    private static String token(String variable) {
        String token = System.getenv(variable);
        if (token == null || token.isBlank()) {
            throw new IllegalStateException(variable + " is not set");
        }
        return token;
    }
}
