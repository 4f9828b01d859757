package org.oxpip.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.LocalStack;
import org.oxpip.stack.Service;
import org.oxpip.stack.StackConfig;

/**
 * Issue 18's size target: a file of N families (default 5,000) committed through referrals-service's import,
 * then their 8N sessions (40,000) through the same service's sessions sheet, then their 4N measures (20,000)
 * through outcomes-service's, each timed from the upload to the report's DONE
 * (the upload answers 202 at once; the run is polled as an admin would). A dry run of each file is timed too.
 * Starts its own stack (deploy/local's launcher) on its own data directory, wiped first, and port offset
 * (default +2500), so nothing else is touched; stops it at the end. Run by deploy/bench/import-bench.sh.
 *
 * <p>The families are invented and valid: each accepted, waiting, seen and (where its dates are past) closed,
 * received from 2022 to 2024; the measures are PHQ-9 and GAD-7 at baseline with their item answers, PIRGAS at
 * baseline, and PHQ-9 at the end as a totals-only measure (the old records' kind); the sessions fortnightly from
 * the first session on, an assessment then parent-infant sessions and a review, one in eight missed and one in
 * sixteen cancelled by the family. Prints one line per
 * figure, {@code import <name> <value>}.
 */
public final class ImportBench {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String CSV = "text/csv";

    private ImportBench() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int families = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int offset = args.length > 1 ? Integer.parseInt(args[1]) : 2500;
        Path dataDir = Path.of(args.length > 2 ? args[2] : "deploy/bench/.data/import-stack")
                .toAbsolutePath();
        StackConfig config = new StackConfig(
                StackConfig.findRepoRoot(),
                dataDir,
                StackConfig.Ports.DEFAULTS.shiftedBy(offset),
                Optional.empty(),
                "",
                true,
                true,
                EnumSet.allOf(Service.class));
        try (LocalStack stack = new LocalStack(config)) {
            stack.start();
            String admin = stack.tokens().password(DemoRealm.ADMIN);
            byte[] referrals = referrals(families);
            byte[] measures = measures(families);
            byte[] sessions = sessions(families);
            System.out.printf(
                    "import files %d families (%d bytes), %d sessions (%d bytes), %d measures (%d bytes)%n",
                    families,
                    referrals.length,
                    SESSIONS_PER_FAMILY * families,
                    sessions.length,
                    4 * families,
                    measures.length);

            time("referrals.dryrun", stack.referralsUrl(), admin, "referrals", false, referrals);
            time("referrals.commit", stack.referralsUrl(), admin, "referrals", true, referrals);
            time("sessions.dryrun", stack.referralsUrl(), admin, "sessions", false, sessions);
            time("sessions.commit", stack.referralsUrl(), admin, "sessions", true, sessions);
            time("measures.dryrun", stack.outcomesUrl(), admin, "measures", false, measures);
            time("measures.commit", stack.outcomesUrl(), admin, "measures", true, measures);
            // Idempotent: the same files again create nothing.
            time("referrals.again", stack.referralsUrl(), admin, "referrals", true, referrals);
            time("sessions.again", stack.referralsUrl(), admin, "sessions", true, sessions);
            time("measures.again", stack.outcomesUrl(), admin, "measures", true, measures);
        }
    }

    /** Uploads, polls until the run is no longer RUNNING, prints the seconds taken and the report's counts. */
    private static void time(String name, String base, String token, String sheet, boolean commit, byte[] file)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> accepted = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/imports?sheet=" + sheet + "&commit=" + commit))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", CSV)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException(
                    name + ": upload answered " + accepted.statusCode() + " " + accepted.body());
        }
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String report;
        while (true) {
            report = HTTP.send(
                            HttpRequest.newBuilder(URI.create(location))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            if (!report.contains("\"status\":\"RUNNING\"")) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Matcher status = Pattern.compile("\"status\":\"(\\w+)\"").matcher(report);
        Matcher created = Pattern.compile("\"created\":(\\{[^}]*})").matcher(report);
        Matcher already = Pattern.compile("\"alreadyImported\":(\\d+)").matcher(report);
        System.out.printf(
                "import %s %.1f s, %s, created %s, alreadyImported %s, problems %s%n",
                name,
                seconds,
                status.find() ? status.group(1) : "?",
                created.find() ? created.group(1) : "?",
                already.find() ? already.group(1) : "?",
                report.contains("\"problems\":[]") ? "none" : "SOME");
        if (!report.contains("\"problems\":[]")) {
            System.out.println(report.substring(0, Math.min(2000, report.length())));
        }
    }

    /** The day family i was received: spread over 2022 to 2024. */
    private static LocalDate received(int i) {
        return LocalDate.of(2022, 1, 10).plusDays(i % 1000);
    }

    static byte[] referrals(int families) {
        List<String> lines = new ArrayList<>();
        lines.add("externalRef,receivedOn,sourceType,referrerOrganisation,parent1GivenName,parent1FamilyName,"
                + "parent1DateOfBirth,parent1Postcode,babyDateOfBirth,concerns,consentGiven,consentDate,"
                + "fundingStream,acceptedOn,waitingOn,firstSessionOn,closedOn,closureReason");
        for (int i = 0; i < families; i++) {
            LocalDate on = received(i);
            lines.add(String.join(
                    ",",
                    ref(i),
                    on.toString(),
                    "HEALTH_VISITOR",
                    "Didcot Health Visiting Team",
                    "Bench",
                    "Family" + letters(i),
                    "1992-03-0" + (1 + i % 9),
                    "OX11 7LG",
                    on.minusMonths(3).toString(),
                    "LOW_MOOD;ANXIETY",
                    "yes",
                    on.toString(),
                    "DIDCOT_POWERHOUSE",
                    on.plusDays(7).toString(),
                    on.plusDays(7).toString(),
                    on.plusDays(21).toString(),
                    on.plusDays(150).toString(),
                    "COMPLETED"));
        }
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] measures(int families) {
        List<String> lines = new ArrayList<>();
        lines.add("externalRef,instrument,timepoint,respondent,completedOn,answers,total");
        for (int i = 0; i < families; i++) {
            LocalDate baseline = received(i).plusDays(21);
            LocalDate end = received(i).plusDays(140);
            lines.add(ref(i) + ",PHQ9,BASELINE,PARENT_1," + baseline + ",2;2;2;2;2;2;2;1;0,");
            lines.add(ref(i) + ",GAD7,BASELINE,PARENT_1," + baseline + ",2;2;1;1;1;1;1,");
            lines.add(ref(i) + ",PIRGAS,BASELINE,PARENT_1," + baseline + ",45,");
            lines.add(ref(i) + ",PHQ9,END,PARENT_1," + end + ",," + (i % 10));
        }
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static final int SESSIONS_PER_FAMILY = 8;

    /** Fortnightly from the family's first session (21 days after it was received), all before it closed (150). */
    static byte[] sessions(int families) {
        List<String> lines = new ArrayList<>();
        lines.add("externalRef,date,kind,setting,attendance,durationMinutes");
        for (int i = 0; i < families; i++) {
            LocalDate first = received(i).plusDays(21);
            for (int n = 0; n < SESSIONS_PER_FAMILY; n++) {
                String kind = n == 0 ? "ASSESSMENT" : n == SESSIONS_PER_FAMILY - 1 ? "REVIEW" : "PARENT_INFANT";
                int k = i * SESSIONS_PER_FAMILY + n;
                String attendance = n == 0
                        ? "ATTENDED"
                        : k % 8 == 3 ? "DID_NOT_ATTEND" : k % 16 == 5 ? "CANCELLED_BY_FAMILY" : "ATTENDED";
                lines.add(String.join(
                        ",",
                        ref(i),
                        first.plusDays(14L * n).toString(),
                        kind,
                        n % 3 == 0 ? "CLINIC" : "HOME",
                        attendance,
                        n == 0 ? "60" : "50"));
            }
        }
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String ref(int i) {
        return String.format("BENCH-%06d", i);
    }

    /** A name of letters only (the intake takes letters, spaces, . ' -), different for every family. */
    private static String letters(int i) {
        StringBuilder name = new StringBuilder();
        int n = i;
        do {
            name.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return name.toString();
    }
}
