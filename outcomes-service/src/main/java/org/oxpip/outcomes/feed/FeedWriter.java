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

/**
 * Appends a change to the assessment feed. The position comes from the single-row counter
 * {@code feed_position}, bumped in the change's own transaction: the row lock it takes is held
 * until commit, so a second writer waits and positions are handed out in commit order. A reader
 * that has seen position n has therefore seen every committed change up to n, and a change still
 * in flight holds the others back instead of being skipped (docs/feeds.md).
 *
 * <p>That is why {@link #append} must be the last write of the transaction: everything else is
 * flushed first, so the lock is held only for this one statement and the commit.
 */
@ApplicationScoped
public class FeedWriter {

    static final String APPEND = """
            WITH next AS (UPDATE feed_position SET last = last + 1 RETURNING last)
            INSERT INTO assessment_change (position, assessment_id, referral_id, instrument, timepoint, respondent,
                                           completed_on, total, band, deleted, changed_at, recorded_at)
            SELECT last, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM next
            RETURNING position""";

    @Inject
    EntityManager em;

    /** Flushes the transaction's other writes, then takes the next feed position for this change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(AssessmentChange change) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> append(connection, change));
    }

    /**
     * Appends many changes at once (an import's commit): one bump of the counter by their number, then one
     * batch of inserts with the positions it handed out. The same lock, held to commit, so the same order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<AssessmentChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> appendAll(connection, changes));
    }

    private static void appendAll(Connection connection, List<AssessmentChange> changes) throws SQLException {
        long last;
        try (PreparedStatement bump =
                connection.prepareStatement("UPDATE feed_position SET last = last + ? RETURNING last")) {
            bump.setLong(1, changes.size());
            try (var result = bump.executeQuery()) {
                result.next();
                last = result.getLong(1);
            }
        }
        long position = last - changes.size();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO assessment_change (position, assessment_id, referral_id, instrument, timepoint, respondent,
                                               completed_on, total, band, deleted, changed_at, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int pending = 0;
            for (AssessmentChange change : changes) {
                insert.setLong(1, ++position);
                insert.setObject(2, change.assessmentId());
                insert.setObject(3, change.referralId());
                insert.setString(4, change.instrument());
                insert.setString(5, change.timepoint());
                insert.setString(6, change.respondent());
                insert.setObject(7, change.completedOn());
                insert.setObject(8, change.total(), Types.INTEGER);
                insert.setString(9, change.band());
                insert.setBoolean(10, change.deleted());
                insert.setTimestamp(11, Timestamp.from(change.changedAt()));
                insert.setTimestamp(12, Timestamp.from(change.recordedAt()));
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
    public static long append(Connection connection, AssessmentChange change) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
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
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
