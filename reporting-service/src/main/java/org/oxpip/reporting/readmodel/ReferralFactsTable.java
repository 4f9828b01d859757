package org.oxpip.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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

    // A page's sessions and parents are cleared and written with four statements (parallel arrays, unnest), not
    // one statement a row and item: at 100,000 families ~850,000 statements per sync before (deploy/bench, section 8).
    // Each row is written only when its item is the referral's latest, i.e. the item the upsert above left in
    // referral_fact (feed positions are unique per item): an older item delivered late changes nothing.

    /** The page's items whose referral_fact row they wrote last. */
    private static final String CURRENT_ITEMS = """
            SELECT i.referral_id
            FROM unnest(CAST(? AS uuid[]), CAST(? AS text[])) AS i (referral_id, feed_position)
            JOIN referral_fact r ON r.referral_id = i.referral_id AND r.feed_position = i.feed_position
            """;

    private static final String CLEAR_SESSIONS =
            "DELETE FROM session_fact WHERE referral_id IN (" + CURRENT_ITEMS + ")";
    private static final String CLEAR_PARENTS = "DELETE FROM parent_fact WHERE referral_id IN (" + CURRENT_ITEMS + ")";
    private static final String ADD_SESSIONS = """
            INSERT INTO session_fact (session_id, referral_id, session_date, kind, setting, attendance,
                duration_minutes)
            SELECT DISTINCT ON (s.session_id) s.session_id, s.referral_id, s.session_date, s.kind, s.setting,
                   s.attendance, s.duration_minutes
            FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS date[]), CAST(? AS text[]),
                        CAST(? AS text[]), CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS text[]))
                 WITH ORDINALITY AS s (session_id, referral_id, session_date, kind, setting, attendance,
                       duration_minutes, feed_position, n)
            JOIN referral_fact r ON r.referral_id = s.referral_id AND r.feed_position = s.feed_position
            -- ON CONFLICT may not touch a row twice: a session held twice in the page is written once, as the
            -- later item gives it (as one statement a row did).
            ORDER BY s.session_id, s.n DESC
            ON CONFLICT (session_id) DO UPDATE SET referral_id = EXCLUDED.referral_id,
                session_date = EXCLUDED.session_date, kind = EXCLUDED.kind, setting = EXCLUDED.setting,
                attendance = EXCLUDED.attendance, duration_minutes = EXCLUDED.duration_minutes
            """;
    private static final String ADD_PARENTS = """
            INSERT INTO parent_fact (referral_id, position, age_band, ethnic_group, relationship_to_baby,
                first_time_parent, disability, needs_interpreter)
            SELECT p.referral_id, p.position, p.age_band, p.ethnic_group, p.relationship_to_baby,
                   p.first_time_parent, p.disability, p.needs_interpreter
            FROM unnest(CAST(? AS uuid[]), CAST(? AS integer[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS text[]))
                 AS p (referral_id, position, age_band, ethnic_group, relationship_to_baby, first_time_parent,
                       disability, needs_interpreter, feed_position)
            JOIN referral_fact r ON r.referral_id = p.referral_id AND r.feed_position = p.feed_position
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
        Columns page = new Columns(2);
        Columns sessions = new Columns(8);
        Columns parents = new Columns(9);
        for (ReferralFacts item : items) {
            page.add(item.referralId(), item.position());
            for (SessionFacts session : item.sessions()) {
                sessions.add(
                        session.sessionId(),
                        item.referralId(),
                        session.date().toString(),
                        session.kind(),
                        session.setting(),
                        session.attendance(),
                        session.durationMinutes(),
                        item.position());
            }
            for (ParentFacts parent : item.parents()) {
                parents.add(
                        item.referralId(),
                        parent.position(),
                        parent.ageBand(),
                        parent.ethnicGroup(),
                        parent.relationshipToBaby(),
                        parent.firstTimeParent(),
                        parent.disability(),
                        parent.needsInterpreter(),
                        item.position());
            }
        }
        // Cleared first, for every item, then filled: a page holding two items of one referral leaves the newer
        // one's sessions, since only the current item passes the check.
        page.execute(connection, CLEAR_SESSIONS, "uuid", "text");
        page.execute(connection, CLEAR_PARENTS, "uuid", "text");
        sessions.execute(connection, ADD_SESSIONS, "uuid", "uuid", "date", "text", "text", "text", "int4", "text");
        parents.execute(
                connection, ADD_PARENTS, "uuid", "int4", "text", "text", "text", "text", "text", "text", "text");
    }

    /** Rows gathered column by column, bound as one array per column. */
    private static final class Columns {

        private final List<List<Object>> columns = new ArrayList<>();

        Columns(int count) {
            for (int i = 0; i < count; i++) {
                columns.add(new ArrayList<>());
            }
        }

        void add(Object... row) {
            for (int i = 0; i < row.length; i++) {
                columns.get(i).add(row[i]);
            }
        }

        void execute(Connection connection, String sql, String... types) throws SQLException {
            if (columns.get(0).isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < types.length; i++) {
                    statement.setArray(
                            i + 1,
                            connection.createArrayOf(types[i], columns.get(i).toArray()));
                }
                statement.executeUpdate();
            }
        }
    }
}
