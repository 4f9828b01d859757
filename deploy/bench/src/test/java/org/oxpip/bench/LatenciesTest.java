package org.oxpip.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mixed load's figures on known samples, and the contract of its BENCH line with run.sh and write-results.sh. */
class LatenciesTest {

    private static final long MS = 1_000_000L;
    private static final Latencies.Window MINUTE_AT_50 = new Latencies.Window(50, 60, 60.0, 3750, 2);

    /** 1, 2, ... 100 ms: nearest rank puts p50 at 50 ms, p95 at 95, p99 at 99, max 100 (as the hand-rolled code did). */
    private static Latencies hundredIntakes() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.answered(RequestKind.INTAKE, ms * MS, 201);
        }
        return latencies;
    }

    @Test
    void shouldGiveNearestRankPercentilesPerKindAndForAll() {
        assertEquals("""
                | kind | requests | errors | p50 ms | p95 ms | p99 ms | max ms |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                | intake: `POST /referrals` (partner) | 100 | 0 | 50.0 | 95.0 | 99.0 | 100.0 |
                | **all** | **100** | **0** | **50.0** | **95.0** | **99.0** | **100.0** |
                """, hundredIntakes().table());
    }

    @Test
    void shouldPrintTheBenchLineWithTheFiguresOfAllKinds() {
        Latencies latencies = hundredIntakes();
        // The same 100 latencies again for a second kind: all 200 requests have the same percentiles.
        for (int ms = 1; ms <= 100; ms++) {
            latencies.answered(RequestKind.SUMMARY, ms * MS, 200);
        }
        assertEquals(
                "BENCH requests=200 errors=0 rate=3.3 seconds=60.0 p50_ms=50.0 p95_ms=95.0 p99_ms=99.0 max_ms=100.0"
                        + " late_sends=2 sent=3750 target_rate=50 target_seconds=60",
                latencies.benchLine(MINUTE_AT_50));
    }

    @Test
    void shouldCountErrorsByKindAndStatusAndKeepTheirLatencies() {
        Latencies latencies = new Latencies();
        latencies.answered(RequestKind.MEASURE, 40 * MS, 201);
        latencies.answered(RequestKind.MEASURE, 30 * MS, 500);
        latencies.answered(RequestKind.MEASURE, 20 * MS, 500);
        latencies.answered(RequestKind.INTAKE, 10 * MS, 409);
        latencies.unanswered(
                RequestKind.MEASURE, 10_000 * MS, new CompletionException(new HttpTimeoutException("timed out")));

        String table = latencies.table();
        assertTrue(
                table.contains("| intake: `POST /referrals` (partner) | 1 | 1 | 10.0 | 10.0 | 10.0 | 10.0 |\n"), table);
        assertTrue(table.contains("| measure: `POST /assessments` (clinician) | 4 | 3 | 30.0 | "), table);
        // The time-out's 10 s is the p95, p99 and max: HdrHistogram keeps it to within 0.1% (three digits).
        String bench = latencies.benchLine(MINUTE_AT_50);
        assertEquals(10_000, figure(bench, "max_ms"), 10);
        assertEquals(10_000, figure(bench, "p95_ms"), 10);
        assertTrue(table.indexOf("intake:") < table.indexOf("measure:"), "rows in the order of the kinds");
        assertFalse(table.contains("GET /alerts"), "a kind with no request has no row");
        assertEquals(
                List.of(
                        "failed: INTAKE HTTP 409 × 1",
                        "failed: MEASURE HTTP 500 × 2",
                        "failed: MEASURE HttpTimeoutException × 1"),
                latencies.failureLines());
        assertTrue(bench.startsWith("BENCH requests=5 errors=4 "), bench);
    }

    @Test
    void shouldGiveNoFigureThatCouldPassATargetWhenNothingWasMeasured() {
        Latencies latencies = new Latencies();
        assertTrue(latencies.table().endsWith("| **all** | **0** | **0** | **NaN** | **NaN** | **NaN** | **NaN** |\n"));
        assertTrue(latencies.benchLine(MINUTE_AT_50).contains(" p99_ms=NaN "));
        assertEquals(List.of(), latencies.failureLines());
    }

    /**
     * run.sh splits the BENCH line on spaces into {@code put mixed.<key> <value>}; write-results.sh and run.sh then
     * read those figures by name. Every {@code mixed.<key>} they read must be one the line gives, or one run.sh
     * puts itself.
     */
    @Test
    void shouldGiveEveryFigureRunShAndWriteResultsShRead() throws IOException {
        String line = hundredIntakes().benchLine(MINUTE_AT_50);
        assertTrue(line.startsWith("BENCH "));
        List<String> pairs = Arrays.asList(line.substring("BENCH ".length()).split(" "));
        pairs.forEach(kv -> assertTrue(kv.matches("[a-z0-9_]+=[0-9.]+|[a-z0-9_]+=NaN"), kv));
        Set<String> given =
                pairs.stream().map(kv -> kv.substring(0, kv.indexOf('='))).collect(Collectors.toSet());

        String runSh = script("run.sh");
        String writeResults = script("write-results.sh");
        Set<String> read = keys(Pattern.compile("get mixed\\.([a-z0-9_]+)\\)"), runSh + writeResults);
        Set<String> putByRunSh = keys(Pattern.compile("put mixed\\.([a-z0-9_]+) "), runSh);
        read.removeAll(putByRunSh);

        assertTrue(read.containsAll(Set.of("requests", "errors", "rate", "p99_ms", "late_sends")), "read: " + read);
        assertTrue(given.containsAll(read), "read by the scripts " + read + ", given by the BENCH line " + given);
    }

    private static double figure(String benchLine, String key) {
        Matcher m = Pattern.compile(" " + key + "=([0-9.]+)").matcher(benchLine);
        assertTrue(m.find(), key + " in " + benchLine);
        return Double.parseDouble(m.group(1));
    }

    private static String script(String name) throws IOException {
        return Files.readString(Path.of(System.getProperty("oxpip.bench.dir", "."), name));
    }

    private static Set<String> keys(Pattern pattern, String text) {
        Set<String> keys = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
