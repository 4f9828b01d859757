package org.oxpip.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.oxpip.feed.ParentFacts;
import org.oxpip.feed.ReferralFacts;
import org.oxpip.feed.SessionFacts;

/**
 * Tables referral_fact, session_fact and parent_fact: the latest snapshot of each referral, with its sessions and
 * parents as that snapshot carries them (replaced whole, never merged, so a deleted session goes with it).
 */
@ApplicationScoped
public class ReferralFactsTable implements ReadModelTable<ReferralFacts> {

    private static final String UPSERT = """
            INSERT INTO referral_fact (referral_id, feed_position, received_on, source_type, agency_id, area,
                eligible, pregnant, baby_age_months, funding_stream, status, accepted_on, declined_on, redirected_on,
                waiting_on, first_session_on, closed_on, closure_reason, erased, changed_at, synced_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (referral_id) DO UPDATE SET
                feed_position = EXCLUDED.feed_position, received_on = EXCLUDED.received_on,
                source_type = EXCLUDED.source_type, agency_id = EXCLUDED.agency_id, area = EXCLUDED.area,
                eligible = EXCLUDED.eligible, pregnant = EXCLUDED.pregnant,
                baby_age_months = EXCLUDED.baby_age_months, funding_stream = EXCLUDED.funding_stream,
                status = EXCLUDED.status, accepted_on = EXCLUDED.accepted_on, declined_on = EXCLUDED.declined_on,
                redirected_on = EXCLUDED.redirected_on, waiting_on = EXCLUDED.waiting_on,
                first_session_on = EXCLUDED.first_session_on, closed_on = EXCLUDED.closed_on,
                closure_reason = EXCLUDED.closure_reason, erased = EXCLUDED.erased,
                changed_at = EXCLUDED.changed_at, synced_at = EXCLUDED.synced_at
            WHERE referral_fact.changed_at <= EXCLUDED.changed_at
            """;

    /** Whether the item just upserted is the referral's latest: an older item delivered late changes nothing. */
    private static final String CURRENT =
            "EXISTS (SELECT 1 FROM referral_fact WHERE referral_id = ? AND feed_position = ? AND changed_at = ?)";

    private static final String CLEAR_SESSIONS = "DELETE FROM session_fact WHERE referral_id = ? AND " + CURRENT;
    private static final String CLEAR_PARENTS = "DELETE FROM parent_fact WHERE referral_id = ? AND " + CURRENT;
    private static final String ADD_SESSION = """
            INSERT INTO session_fact (session_id, referral_id, session_date, kind, setting, attendance,
                duration_minutes)
            SELECT ?, ?, ?, ?, ?, ?, ? WHERE\s""" + CURRENT + """

            ON CONFLICT (session_id) DO UPDATE SET referral_id = EXCLUDED.referral_id,
                session_date = EXCLUDED.session_date, kind = EXCLUDED.kind, setting = EXCLUDED.setting,
                attendance = EXCLUDED.attendance, duration_minutes = EXCLUDED.duration_minutes
            """;
    private static final String ADD_PARENT = """
            INSERT INTO parent_fact (referral_id, position, age_band, ethnic_group, relationship_to_baby,
                first_time_parent, disability, needs_interpreter)
            SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE\s""" + CURRENT + """

            ON CONFLICT (referral_id, position) DO NOTHING
            """;

    @Override
    public void upsert(Connection connection, List<ReferralFacts> items, Instant syncedAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            for (ReferralFacts item : items) {
                Sql.uuid(statement, 1, item.referralId());
                Sql.text(statement, 2, item.position());
                Sql.date(statement, 3, item.receivedOn());
                Sql.text(statement, 4, item.sourceType());
                Sql.text(statement, 5, item.agencyId());
                Sql.text(statement, 6, item.area());
                statement.setBoolean(7, item.eligible());
                statement.setBoolean(8, item.pregnant());
                Sql.integer(statement, 9, item.babyAgeMonths());
                Sql.text(statement, 10, item.fundingStream());
                Sql.text(statement, 11, item.status());
                Sql.date(statement, 12, item.acceptedOn());
                Sql.date(statement, 13, item.declinedOn());
                Sql.date(statement, 14, item.redirectedOn());
                Sql.date(statement, 15, item.waitingOn());
                Sql.date(statement, 16, item.firstSessionOn());
                Sql.date(statement, 17, item.closedOn());
                Sql.text(statement, 18, item.closureReason());
                statement.setBoolean(19, item.erased());
                Sql.instant(statement, 20, item.changedAt());
                Sql.instant(statement, 21, syncedAt);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        replaceSessionsAndParents(connection, items);
    }

    private static void replaceSessionsAndParents(Connection connection, List<ReferralFacts> items)
            throws SQLException {
        try (PreparedStatement clearSessions = connection.prepareStatement(CLEAR_SESSIONS);
                PreparedStatement clearParents = connection.prepareStatement(CLEAR_PARENTS);
                PreparedStatement addSession = connection.prepareStatement(ADD_SESSION);
                PreparedStatement addParent = connection.prepareStatement(ADD_PARENT)) {
            for (ReferralFacts item : items) {
                Sql.uuid(clearSessions, 1, item.referralId());
                current(clearSessions, 2, item);
                clearSessions.addBatch();
                Sql.uuid(clearParents, 1, item.referralId());
                current(clearParents, 2, item);
                clearParents.addBatch();
                for (SessionFacts session : item.sessions()) {
                    Sql.uuid(addSession, 1, session.sessionId());
                    Sql.uuid(addSession, 2, item.referralId());
                    Sql.date(addSession, 3, session.date());
                    Sql.text(addSession, 4, session.kind());
                    Sql.text(addSession, 5, session.setting());
                    Sql.text(addSession, 6, session.attendance());
                    addSession.setInt(7, session.durationMinutes());
                    current(addSession, 8, item);
                    addSession.addBatch();
                }
                for (ParentFacts parent : item.parents()) {
                    Sql.uuid(addParent, 1, item.referralId());
                    addParent.setInt(2, parent.position());
                    Sql.text(addParent, 3, parent.ageBand());
                    Sql.text(addParent, 4, parent.ethnicGroup());
                    Sql.text(addParent, 5, parent.relationshipToBaby());
                    Sql.text(addParent, 6, parent.firstTimeParent());
                    Sql.text(addParent, 7, parent.disability());
                    Sql.text(addParent, 8, parent.needsInterpreter());
                    current(addParent, 9, item);
                    addParent.addBatch();
                }
            }
            // Cleared first, for every item, then filled: a batch holding two items of one referral leaves
            // the newer one's sessions, since only the current item passes the check.
            clearSessions.executeBatch();
            clearParents.executeBatch();
            addSession.executeBatch();
            addParent.executeBatch();
        }
    }

    /** Binds {@link #CURRENT}'s three parameters from {@code index}. */
    private static void current(PreparedStatement statement, int index, ReferralFacts item) throws SQLException {
        Sql.uuid(statement, index, item.referralId());
        Sql.text(statement, index + 1, item.position());
        Sql.instant(statement, index + 2, item.changedAt());
    }
}
