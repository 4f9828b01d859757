package org.oxpip.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.oxpip.feed.AssessmentFacts;

/**
 * Table assessment_fact: the latest snapshot of each assessment, deleted ones kept and flagged. When first
 * recorded is the same on every snapshot; one without it keeps the time a snapshot before it gave.
 */
@ApplicationScoped
public class AssessmentFactsTable implements ReadModelTable<AssessmentFacts> {

    private static final String UPSERT = """
            INSERT INTO assessment_fact (assessment_id, feed_position, referral_id, instrument, timepoint, respondent,
                completed_on, total, band, deleted, changed_at, synced_at, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (assessment_id) DO UPDATE SET
                feed_position = EXCLUDED.feed_position, referral_id = EXCLUDED.referral_id,
                instrument = EXCLUDED.instrument, timepoint = EXCLUDED.timepoint, respondent = EXCLUDED.respondent,
                completed_on = EXCLUDED.completed_on, total = EXCLUDED.total, band = EXCLUDED.band,
                deleted = EXCLUDED.deleted, changed_at = EXCLUDED.changed_at, synced_at = EXCLUDED.synced_at,
                recorded_at = coalesce(EXCLUDED.recorded_at, assessment_fact.recorded_at)
            WHERE assessment_fact.changed_at <= EXCLUDED.changed_at
            """;

    @Override
    public void upsert(Connection connection, List<AssessmentFacts> items, Instant syncedAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            for (AssessmentFacts item : items) {
                Sql.uuid(statement, 1, item.assessmentId());
                Sql.text(statement, 2, item.position());
                Sql.uuid(statement, 3, item.referralId());
                Sql.text(statement, 4, item.instrument());
                Sql.text(statement, 5, item.timepoint());
                Sql.text(statement, 6, item.respondent());
                Sql.date(statement, 7, item.completedOn());
                Sql.integer(statement, 8, item.total());
                Sql.text(statement, 9, item.band());
                statement.setBoolean(10, item.deleted());
                Sql.instant(statement, 11, item.changedAt());
                Sql.instant(statement, 12, syncedAt);
                Sql.instant(statement, 13, item.recordedAt());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
