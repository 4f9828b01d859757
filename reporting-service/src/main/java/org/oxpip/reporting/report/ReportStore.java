package org.oxpip.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.reporting.readmodel.Sql;
import org.oxpip.reporting.rules.InstrumentRules;
import org.oxpip.reporting.rules.InstrumentRulesTable;

/**
 * Runs the report SQL (src/main/resources/reports) over the read model. Every figure is counted by
 * PostgreSQL; Java only reads the one-row (or few-row) answers. All queries of one report read one
 * snapshot (read-only REPEATABLE READ, shared by two connections: SharedSnapshot), so a sync committing
 * meanwhile can't make a breakdown disagree with its total, and {@code dataAsOf} describes exactly the data
 * counted.
 */
@ApplicationScoped
public class ReportStore {

    private static final String REFERRALS = script("referrals.sql");
    private static final String BREAKDOWNS = script("breakdowns.sql");
    private static final String OUTCOMES = script("outcomes.sql");
    private static final String DELIVERED = script("delivered.sql");
    private static final String REACH = script("reach.sql");
    private static final String FEEDBACK = script("feedback.sql");
    private static final String QUOTES = script("quotes.sql");
    private static final String DATA_AS_OF =
            "SELECT CASE WHEN bool_and(last_success_at IS NOT NULL) THEN min(last_success_at) END FROM feed_cursor";

    static final String WORK_MEM = "64MB";

    /** The problem a report answers before the outcome rules were ever synced. */
    public static final String RULES_NOT_SYNCED = "rules-not-synced";

    private final SharedSnapshot snapshots;

    /** Public for outcome-agreement, which runs this class on a plain DataSource, outside CDI: one thread. */
    public ReportStore(DataSource dataSource) {
        this(dataSource, Runnable::run);
    }

    @Inject
    ReportStore(DataSource dataSource, ManagedExecutor executor) {
        this(dataSource, (Executor) executor);
    }

    private ReportStore(DataSource dataSource, Executor executor) {
        this.snapshots = new SharedSnapshot(dataSource, executor, WORK_MEM);
    }

    /** The summary report's figures: the period as a trend of one interval. */
    public SummaryFigures summary(ReportQuery query) {
        return summaryAndTrend(query, List.of(new ReportInterval("period", query.from(), query.to())))
                .summary();
    }

    /**
     * The summary of a period and its trend over {@code intervals}, which cut the period into parts that share no
     * day (Intervals.split), read in one snapshot on two connections (two CPUs). Each statement runs once: the
     * period's outcomes are the intervals' added up (each episode closed in the period is in exactly one interval;
     * OutcomeBoundariesTest), and delivered.sql counts the intervals and all of them together in one pass.
     */
    public SummaryAndTrend summaryAndTrend(ReportQuery query, List<ReportInterval> intervals) {
        try {
            // Split so that the two connections take about as long: at 100,000 families outcomes ~780 ms and
            // breakdowns ~90; delivered ~560, reach ~170, feedback ~100, referrals ~50 (deploy/bench/RESULTS.md).
            var read = snapshots.read(
                    connection -> new ReadFirst(
                            rules(connection),
                            dataAsOf(connection),
                            outcomes(connection, query, intervals),
                            breakdowns(connection, query)),
                    connection -> new ReadSecond(
                            delivered(connection, query, intervals),
                            referrals(connection, query),
                            reach(connection, query),
                            feedback(connection, query)));
            ReadFirst first = read.first();
            ReadSecond second = read.second();
            SummaryFigures summary = new SummaryFigures(
                    first.asOf(),
                    second.referrals(),
                    first.breakdowns(),
                    OutcomeFigures.sum(first.outcomes()),
                    second.delivered().all(),
                    second.reach(),
                    second.feedback(),
                    first.rules());
            TrendFigures trend = new TrendFigures(
                    first.asOf(), first.outcomes(), second.delivered().intervals());
            return new SummaryAndTrend(summary, trend);
        } catch (SQLException e) {
            throw new ReportFailed(e);
        }
    }

    /** The outcomes and sessions of each interval, in order, with the data's age. */
    public TrendFigures trend(ReportQuery query, List<ReportInterval> intervals) {
        try {
            var read = snapshots.read(
                    connection -> {
                        rules(connection);
                        return new OutcomesAsOf(dataAsOf(connection), outcomes(connection, query, intervals));
                    },
                    connection -> delivered(connection, query, intervals));
            return new TrendFigures(
                    read.first().asOf(), read.first().outcomes(), read.second().intervals());
        } catch (SQLException e) {
            throw new ReportFailed(e);
        }
    }

    /** The outcome rules reports count with now (503 rules-not-synced before the catalogue was ever read). */
    public InstrumentRules rules() {
        try {
            return snapshots.read(ReportStore::rules);
        } catch (SQLException e) {
            throw new ReportFailed(e);
        }
    }

    /** A period's summary and its trend, read in one snapshot. */
    public record SummaryAndTrend(SummaryFigures summary, TrendFigures trend) {}

    /** Sessions in each interval, and in all of them together. */
    private record Delivered(List<DeliveredFigures> intervals, DeliveredFigures all) {}

    private record ReadFirst(
            InstrumentRules rules, Instant asOf, List<OutcomeFigures> outcomes, Breakdowns breakdowns) {}

    private record OutcomesAsOf(Instant asOf, List<OutcomeFigures> outcomes) {}

    private record ReadSecond(
            Delivered delivered, ReferralFigures referrals, ReachFigures reach, FeedbackFigures feedback) {}

    /**
     * The outcome rules the outcomes SQL will read in this snapshot. Before the catalogue was ever read they
     * are missing, and a report would count no outcome at all: it answers 503 rules-not-synced instead.
     */
    private static InstrumentRules rules(Connection connection) throws SQLException {
        InstrumentRules rules = InstrumentRulesTable.read(connection);
        if (!rules.complete()) {
            throw ProblemException.unavailable(
                    RULES_NOT_SYNCED,
                    "The outcome rules have not yet been read from outcomes-service's instrument catalogue;"
                            + " try again after Retry-After seconds");
        }
        return rules;
    }

    private static Instant dataAsOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(DATA_AS_OF)) {
            row.next();
            Timestamp asOf = row.getTimestamp(1);
            return asOf == null ? null : asOf.toInstant();
        }
    }

    private static ReferralFigures referrals(Connection connection, ReportQuery query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REFERRALS)) {
            bindPeriod(statement, query);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new ReferralFigures(
                        row.getLong("received"),
                        row.getLong("accepted"),
                        row.getLong("declined"),
                        row.getLong("redirected"),
                        row.getLong("eligible"),
                        row.getLong("families_seen"),
                        row.getLong("episodes_closed"),
                        row.getLong("first_sessions"),
                        (Double) row.getObject("median_wait_days"),
                        (Double) row.getObject("p90_wait_days"));
            }
        }
    }

    private static FeedbackFigures feedback(Connection connection, ReportQuery query) throws SQLException {
        long received;
        long approved;
        try (PreparedStatement statement = connection.prepareStatement(FEEDBACK)) {
            bindPeriod(statement, query);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                received = row.getLong("feedback_received");
                approved = row.getLong("quotes_approved");
            }
        }
        List<FeedbackFigures.ApprovedQuote> quotes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(QUOTES)) {
            bindPeriod(statement, query);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    quotes.add(new FeedbackFigures.ApprovedQuote(
                            row.getString("text"), row.getObject("month", java.time.LocalDate.class)));
                }
            }
        }
        return new FeedbackFigures(received, query.area() == null ? approved : null, List.copyOf(quotes));
    }

    private static Breakdowns breakdowns(Connection connection, ReportQuery query) throws SQLException {
        Map<String, Map<String, Long>> byDimension = new LinkedHashMap<>();
        for (String dimension : List.of("sourceType", "area", "closureReason")) {
            byDimension.put(dimension, new LinkedHashMap<>());
        }
        try (PreparedStatement statement = connection.prepareStatement(BREAKDOWNS)) {
            bindPeriod(statement, query);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    byDimension.get(row.getString("dimension")).put(row.getString("category"), row.getLong("families"));
                }
            }
        }
        return new Breakdowns(byDimension.get("sourceType"), byDimension.get("area"), byDimension.get("closureReason"));
    }

    /** delivered.sql's rows: one per interval in order, then all of them together. */
    private static Delivered delivered(Connection connection, ReportQuery query, List<ReportInterval> intervals)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DELIVERED)) {
            bindIntervals(connection, statement, query, intervals);
            List<DeliveredFigures> figures = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    figures.add(new DeliveredFigures(
                            row.getLong("offered"),
                            row.getLong("attended"),
                            row.getLong("not_attended"),
                            row.getLong("families_seen"),
                            row.getLong("episodes_closed"),
                            row.getLong("completed_course"),
                            (Double) row.getObject("median_sessions"),
                            (Double) row.getObject("mean_sessions")));
                }
            }
            int last = figures.size() - 1;
            return new Delivered(List.copyOf(figures.subList(0, last)), figures.get(last));
        }
    }

    private static ReachFigures reach(Connection connection, ReportQuery query) throws SQLException {
        Map<String, Map<String, Long>> families = new LinkedHashMap<>();
        Map<String, Map<String, Long>> parents = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(REACH)) {
            bindPeriod(statement, query);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Map<String, Map<String, Long>> unit = row.getString("unit").equals("families") ? families : parents;
                    unit.computeIfAbsent(row.getString("dimension"), dimension -> new LinkedHashMap<>())
                            .put(row.getString("category"), row.getLong("n"));
                }
            }
        }
        // Every family is in exactly one area, every parent in exactly one age band: the totals.
        long familyCount = families.getOrDefault("area", Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        long parentCount = parents.getOrDefault("parentAgeBand", Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return new ReachFigures(familyCount, parentCount, families, parents);
    }

    private static List<OutcomeFigures> outcomes(
            Connection connection, ReportQuery query, List<ReportInterval> intervals) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OUTCOMES)) {
            bindIntervals(connection, statement, query, intervals);
            List<OutcomeFigures> figures = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    figures.add(new OutcomeFigures(
                            new PirgasOutcomes(
                                    row.getLong("pirgas_families"),
                                    row.getLong("pirgas_improved"),
                                    row.getLong("pirgas_meaningfully_improved"),
                                    row.getLong("pirgas_reliably_deteriorated")),
                            parents(row, "mh_"),
                            parents(row, "epds_"),
                            row.getLong("satisfaction_responses"),
                            row.getLong("satisfaction_positive")));
                }
            }
            return figures;
        }
    }

    private static ParentOutcomes parents(ResultSet row, String prefix) throws SQLException {
        return new ParentOutcomes(
                row.getLong(prefix + "parents"),
                row.getLong(prefix + "improved"),
                row.getLong(prefix + "reliably_improved"),
                row.getLong(prefix + "reliably_deteriorated"),
                row.getLong(prefix + "case_at_baseline"),
                row.getLong(prefix + "recovered"),
                row.getLong(prefix + "reliably_recovered"),
                row.getLong(prefix + "case_at_final"));
    }

    /** Funding streams, area, then the intervals' first and last days, as outcomes.sql and delivered.sql take them. */
    private static void bindIntervals(
            Connection connection, PreparedStatement statement, ReportQuery query, List<ReportInterval> intervals)
            throws SQLException {
        Sql.texts(statement, 1, query.fundingStreams());
        Sql.text(statement, 2, query.area());
        statement.setArray(
                3,
                connection.createArrayOf(
                        "text",
                        intervals.stream()
                                .map(interval -> interval.from().toString())
                                .toArray()));
        statement.setArray(
                4,
                connection.createArrayOf(
                        "text",
                        intervals.stream()
                                .map(interval -> interval.to().toString())
                                .toArray()));
    }

    private static void bindPeriod(PreparedStatement statement, ReportQuery query) throws SQLException {
        Sql.date(statement, 1, query.from());
        Sql.date(statement, 2, query.to());
        Sql.texts(statement, 3, query.fundingStreams());
        Sql.text(statement, 4, query.area());
    }

    private static String script(String name) {
        try (InputStream in = ReportStore.class.getResourceAsStream("/reports/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing report script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
