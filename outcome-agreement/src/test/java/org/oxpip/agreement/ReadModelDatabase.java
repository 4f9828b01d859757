package org.oxpip.agreement;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.oxpip.feed.AssessmentFacts;
import org.oxpip.feed.ReferralFacts;
import org.oxpip.platform.testing.PostgresResource;
import org.oxpip.reporting.readmodel.AssessmentFactsTable;
import org.oxpip.reporting.readmodel.ReferralFactsTable;
import org.oxpip.reporting.report.ReportStore;
import org.oxpip.reporting.rules.CatalogueInstrument;
import org.oxpip.reporting.rules.InstrumentRules;
import org.oxpip.reporting.rules.InstrumentRulesTable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * reporting-service's side: its read model on a real PostgreSQL (platform-testing's PostgresResource: embedded,
 * or the server OXPIP_TEST_JDBC_URL names), built by its own Flyway migrations, filled by its own table classes
 * exactly as its sync fills it (the catalogue's rules through InstrumentRules, the feed's snapshots in feed
 * order), and read by its own ReportStore, which runs reports/outcomes.sql.
 */
final class ReadModelDatabase implements AutoCloseable {

    static final String SCHEMA = "outcome_agreement";

    private final PostgresResource server = new PostgresResource();
    private final PGSimpleDataSource dataSource;
    private final ReportStore store;

    ReadModelDatabase() {
        Map<String, String> datasource = server.start();
        String url = datasource.get("quarkus.datasource.jdbc.url");
        String user = datasource.get("quarkus.datasource.username");
        String password = datasource.get("quarkus.datasource.password");
        // A schema of its own, emptied first: the server may be a shared one (OXPIP_TEST_JDBC_URL).
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .schemas(SCHEMA)
                .locations("filesystem:" + System.getProperty("reporting.migrations"))
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        dataSource = new TransactionalDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setCurrentSchema(SCHEMA);
        store = new ReportStore(dataSource);
    }

    ReportStore store() {
        return store;
    }

    /** What the sync does with {@code GET /api/v1/instruments}'s answer. */
    void syncRules(String servedCatalogue, Instant now) {
        try {
            List<CatalogueInstrument> catalogue =
                    Catalogue.JSON.readValue(servedCatalogue, new TypeReference<List<CatalogueInstrument>>() {});
            InstrumentRules rules = InstrumentRules.fromCatalogue(catalogue);
            inTransaction(connection -> InstrumentRulesTable.replace(connection, rules, now));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the sync does with both feeds' pages: every family's snapshots, in feed order. */
    void syncFeeds(List<Family> families, Instant now) {
        List<ReferralFacts> referrals = new ArrayList<>();
        List<AssessmentFacts> assessments = new ArrayList<>();
        for (Family family : families) {
            referrals.add(referral(family));
            assessments.addAll(family.feed());
        }
        List<AssessmentFacts> positioned = new ArrayList<>();
        assessments.sort(java.util.Comparator.comparing(AssessmentFacts::changedAt));
        for (AssessmentFacts item : assessments) {
            positioned.add(new AssessmentFacts(
                    Integer.toString(positioned.size() + 1),
                    item.assessmentId(),
                    item.referralId(),
                    item.instrument(),
                    item.timepoint(),
                    item.respondent(),
                    item.completedOn(),
                    item.total(),
                    item.band(),
                    item.deleted(),
                    item.changedAt(),
                    item.recordedAt()));
        }
        for (AssessmentFacts item : positioned) {
            item.breach().ifPresent(breach -> {
                throw new IllegalStateException("the generator broke the feed contract: " + breach);
            });
        }
        inTransaction(connection -> {
            new ReferralFactsTable().upsert(connection, referrals, now);
            new AssessmentFactsTable().upsert(connection, positioned, now);
        });
    }

    private static ReferralFacts referral(Family family) {
        return new ReferralFacts(
                Integer.toString(family.number() + 1),
                family.referralId(),
                family.day().minusDays(200),
                "HEALTH_VISITOR",
                null,
                "OX11",
                true,
                false,
                3,
                family.fundingStream(),
                family.closed() ? "CLOSED" : "IN_THERAPY",
                family.day().minusDays(195),
                null,
                null,
                family.day().minusDays(194),
                family.day().minusDays(150),
                family.closed() ? family.day() : null,
                family.closed() ? "COMPLETED" : null,
                false,
                family.day().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    private void inTransaction(SqlWork work) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQLSTATE " + e.getSQLState(), e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** Connections in a transaction of their own, as the service's pool hands them out under JTA. */
    private static final class TransactionalDataSource extends PGSimpleDataSource {
        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            connection.setAutoCommit(false);
            return connection;
        }
    }
}
