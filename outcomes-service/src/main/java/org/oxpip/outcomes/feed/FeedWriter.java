package org.oxpip.outcomes.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import org.hibernate.Session;
import org.oxpip.platform.feed.FeedCursor;

/**
 * Appends a change to the assessment feed. The row takes its place from the database: the id of the writing
 * transaction ({@code txid}) and a position from a sequence, and the feed is read in that order only below the
 * oldest transaction still in flight (docs/decisions/0007). So a reader that has moved past a place has seen every
 * change that can ever appear before it, a change still in flight holds the feed back instead of being skipped, and
 * writers do not queue on one another.
 */
@ApplicationScoped
public class FeedWriter {

    private static final String INSERT = """
            INSERT INTO assessment_change (assessment_id, referral_id, instrument, timepoint, respondent,
                                           completed_on, total, band, deleted, changed_at, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    EntityManager em;

    /** Appends the change in the caller's transaction (the reports see it with its commit); gives its place. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String append(AssessmentChange change) {
        return em.unwrap(Session.class).doReturningWork(connection -> append(connection, change));
    }

    /** Appends many changes at once (an import's commit), in batches, in the order given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<AssessmentChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> appendAll(connection, changes));
    }

    private static void appendAll(Connection connection, List<AssessmentChange> changes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (AssessmentChange change : changes) {
                bind(insert, change);
                insert.addBatch();
                if (++pending == 500) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** The same append on a plain connection, in the caller's transaction (the feed tests force interleavings with it). */
    public static String append(Connection connection, AssessmentChange change) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement(INSERT + " RETURNING CAST(txid AS text), position")) {
            bind(statement, change);
            try (var result = statement.executeQuery()) {
                result.next();
                return FeedCursor.of(result.getString(1), result.getLong(2)).toString();
            }
        }
    }

    private static void bind(PreparedStatement statement, AssessmentChange change) throws SQLException {
        statement.setObject(1, change.assessmentId());
        statement.setObject(2, change.referralId());
        statement.setString(3, change.instrument());
        statement.setString(4, change.timepoint());
        statement.setString(5, change.respondent());
        statement.setObject(6, change.completedOn());
        statement.setObject(7, change.total(), Types.INTEGER);
        statement.setString(8, change.band());
        statement.setBoolean(9, change.deleted());
        statement.setTimestamp(10, Timestamp.from(change.changedAt()));
        statement.setTimestamp(11, Timestamp.from(change.recordedAt()));
    }
}
