package org.oxpip.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Issue 6, item 8: a steady mixed load on the whole stack, as a working day of the charity would bring it, only
 * faster: partner agencies sending referrals, clinicians reading referrals and recording measures, managers
 * asking for the impact report. Run by deploy/bench/run.sh with plain {@code java -cp}.
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
 * at the same rate first, not counted, 10), out (a file for the per-kind table). Tokens: see
 * {@link MixedRequests}.
 *
 * <p>Prints the table, a line per failed kind and status, and one line {@code BENCH key=value ...} (as the wrk
 * scripts do) for run.sh (see {@link Latencies}). Error responses are counted by status; their bodies are never
 * printed.
 */
public final class MixedLoad {

    private static final RequestKind[] MIX = {
        RequestKind.INTAKE, RequestKind.LIST, RequestKind.MEASURE, RequestKind.DETAIL, RequestKind.OUTCOMES,
        RequestKind.INTAKE, RequestKind.MEASURE, RequestKind.DETAIL, RequestKind.LIST, RequestKind.SUMMARY,
        RequestKind.INTAKE, RequestKind.MEASURE, RequestKind.OUTCOMES, RequestKind.DETAIL, RequestKind.ALERTS,
        RequestKind.INTAKE, RequestKind.MEASURE, RequestKind.LIST, RequestKind.OUTCOMES, RequestKind.TREND,
    };

    private final HttpClient http;
    private final MixedRequests requests;
    private final Latencies latencies = new Latencies();

    private MixedLoad(HttpClient http, MixedRequests requests) {
        this.http = http;
        this.requests = requests;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = arguments(argv);
        List<String> ids = Files.readAllLines(Path.of(required(args, "ids"))).stream()
                .filter(s -> !s.isBlank())
                .toList();
        MixedRequests requests = new MixedRequests(
                required(args, "referrals"),
                required(args, "outcomes"),
                required(args, "reporting"),
                ids,
                LocalDate.parse(required(args, "today")));
        double rate = Double.parseDouble(args.getOrDefault("rate", "50"));
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(args.getOrDefault("warmup", "10"));
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .executor(executor)
                    .build();
            MixedLoad load = new MixedLoad(http, requests);
            Latencies.Window window = load.hold(rate, seconds, warmup);
            load.report(window, args.get("out"));
        } finally {
            executor.shutdownNow();
        }
    }

    /** Sends the mix at the rate for warmup + seconds, waits for the last answers, and says what it held. */
    private Latencies.Window hold(double rate, int seconds, int warmup) throws Exception {
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
            RequestKind kind = MIX[(int) (i % MIX.length)];
            inFlight.add(send(kind, due, i >= warmupCount));
            if (inFlight.size() > 2_000) {
                inFlight.removeIf(CompletableFuture::isDone);
            }
        }
        long sendingEnded = System.nanoTime();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .get(MixedRequests.TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        return new Latencies.Window(rate, seconds, (sendingEnded - measuredStart) / 1e9, total, lateSends);
    }

    private CompletableFuture<?> send(RequestKind kind, long due, boolean measured) {
        return http.sendAsync(requests.request(kind), HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    long latency = System.nanoTime() - due;
                    if (measured && error == null) {
                        latencies.answered(kind, latency, response.statusCode());
                    } else if (measured) {
                        latencies.unanswered(kind, latency, error);
                    }
                    return null;
                });
    }

    private void report(Latencies.Window window, String out) throws Exception {
        String table = latencies.table();
        if (out != null) {
            Files.writeString(Path.of(out), table);
        }
        System.out.print(table);
        latencies.failureLines().forEach(System.out::println);
        System.out.println(latencies.benchLine(window));
    }

    private static Map<String, String> arguments(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + a);
            }
            args.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return args;
    }

    private static String required(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + "= is needed");
        }
        return value;
    }
}
