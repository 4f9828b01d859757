package org.oxpip.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The measured window of the mixed load: each kind's latencies in an HdrHistogram, its errors, and the failures by
 * kind and status; then the per-kind table and the {@code BENCH} line that run.sh and write-results.sh read.
 *
 * <p>Latencies are recorded in microseconds with three significant digits: a percentile is the recorded value at
 * that rank (nearest rank, as HdrHistogram defines it) to within 0.1%, which the one decimal of milliseconds in
 * the table does not show below about 50 ms. Recording is safe from the HTTP client's threads.
 */
final class Latencies {

    /** The schedule the load held: what it aimed at and what it did, for the {@code BENCH} line. */
    record Window(double targetRate, int targetSeconds, double measuredSeconds, long sent, long lateSends) {}

    private static final int SIGNIFICANT_DIGITS = 3;

    private final Map<RequestKind, Histogram> byKind = new EnumMap<>(RequestKind.class);
    private final Map<RequestKind, LongAdder> errors = new EnumMap<>(RequestKind.class);
    private final Map<String, LongAdder> failures = new ConcurrentSkipListMap<>();

    Latencies() {
        for (RequestKind kind : RequestKind.values()) {
            byKind.put(kind, new ConcurrentHistogram(SIGNIFICANT_DIGITS));
            errors.put(kind, new LongAdder());
        }
    }

    /** An answer: its latency counts whatever the status; a status other than the kind's success is an error. */
    void answered(RequestKind kind, long latencyNanos, int status) {
        record(kind, latencyNanos, status == kind.expected ? null : "HTTP " + status);
    }

    /** No answer (time-out, refused connection): an error named by what the client threw, never its message. */
    void unanswered(RequestKind kind, long latencyNanos, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        record(kind, latencyNanos, cause.getClass().getSimpleName());
    }

    private void record(RequestKind kind, long latencyNanos, String failure) {
        byKind.get(kind).recordValue(TimeUnit.NANOSECONDS.toMicros(Math.max(0, latencyNanos)));
        if (failure != null) {
            errors.get(kind).increment();
            failures.computeIfAbsent(kind + " " + failure, k -> new LongAdder()).increment();
        }
    }

    /** The per-kind table in Markdown (kinds with no request left out), and a bold line for all of them. */
    String table() {
        StringBuilder table = new StringBuilder();
        table.append("| kind | requests | errors | p50 ms | p95 ms | p99 ms | max ms |\n");
        table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (RequestKind kind : RequestKind.values()) {
            Histogram h = byKind.get(kind);
            if (h.getTotalCount() > 0) {
                table.append(row(kind.label, h.getTotalCount(), errors.get(kind).sum(), percentiles(h), false));
            }
        }
        return table.append(row("**all**", requests(), errors(), percentiles(all()), true))
                .toString();
    }

    /** One line per kind and status that failed, e.g. {@code failed: INTAKE HTTP 500 × 3}. */
    List<String> failureLines() {
        List<String> lines = new ArrayList<>();
        failures.forEach((what, count) -> lines.add("failed: " + what + " × " + count.sum()));
        return lines;
    }

    /** The one line run.sh reads ({@code put mixed.<key> <value>} for each pair), as the wrk scripts print theirs. */
    String benchLine(Window window) {
        String[] p = percentiles(all());
        return String.format(
                Locale.ROOT,
                "BENCH requests=%d errors=%d rate=%.1f seconds=%.1f p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s"
                        + " late_sends=%d sent=%d target_rate=%.0f target_seconds=%d",
                requests(),
                errors(),
                requests() / window.measuredSeconds(),
                window.measuredSeconds(),
                p[0],
                p[1],
                p[2],
                p[3],
                window.lateSends(),
                window.sent(),
                window.targetRate(),
                window.targetSeconds());
    }

    private long requests() {
        return byKind.values().stream().mapToLong(Histogram::getTotalCount).sum();
    }

    private long errors() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private Histogram all() {
        Histogram all = new Histogram(SIGNIFICANT_DIGITS);
        byKind.values().forEach(all::add);
        return all;
    }

    private static String row(String label, long requests, long errors, String[] p, boolean bold) {
        List<String> figures = new ArrayList<>(List.of(Long.toString(requests), Long.toString(errors)));
        figures.addAll(List.of(p));
        StringBuilder row = new StringBuilder("| ").append(label);
        for (String figure : figures) {
            row.append(" | ").append(bold ? "**" + figure + "**" : figure);
        }
        return row.append(" |\n").toString();
    }

    /** p50, p95, p99 and max in milliseconds with one decimal; NaN with no request, so that no target passes. */
    private static String[] percentiles(Histogram h) {
        if (h.getTotalCount() == 0) {
            return new String[] {"NaN", "NaN", "NaN", "NaN"};
        }
        return new String[] {
            ms(h.getValueAtPercentile(50)),
            ms(h.getValueAtPercentile(95)),
            ms(h.getValueAtPercentile(99)),
            ms(h.getMaxValue())
        };
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }
}
