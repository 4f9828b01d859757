package org.oxpip.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.oxpip.feed.ReferralFacts;

/** Table referral_fact: the latest snapshot of each referral. */
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
    }
}
