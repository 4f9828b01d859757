package org.oxpip.outcomes.referral;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.oxpip.feed.ReferralFacts;

/**
 * Our copy of referral states, kept from referrals-service's change feed ({@code referral_state}, V11): status,
 * received date, funding stream and the erased flag of every referral the feed has shown us, nothing personal.
 * Whether it may answer a check is {@link ReferralFeedReader}'s business, not this table's.
 */
@ApplicationScoped
public class ReferralCopy {

    /**
     * Later snapshots win (they come in feed order); an erasure is final whatever a later snapshot says. A snapshot
     * older than the one held is ignored: a second instance of this service, reading behind this one, must not put
     * an older state back (one referral's changes are made one after another, so their changedAt orders them).
     */
    private static final String UPSERT = """
            INSERT INTO referral_state (referral_id, status, received_on, funding_stream, erased, erased_at, position,
                changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (referral_id) DO UPDATE SET status = excluded.status, received_on = excluded.received_on,
                funding_stream = excluded.funding_stream, erased = referral_state.erased OR excluded.erased,
                erased_at = COALESCE(referral_state.erased_at, excluded.erased_at), position = excluded.position,
                changed_at = excluded.changed_at
            WHERE referral_state.changed_at <= excluded.changed_at""";

    /**
     * The referral as the copy last read it, or empty when the feed has not shown it to us. Erased also when we
     * have erased it here already ({@code erased_referral}): one query answers both, so a measure's check costs one
     * round trip to our database.
     */
    public Optional<ReferralSnapshot> find(UUID referralId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("SELECT s.status, s.received_on, s.erased OR e.referral_id IS NOT NULL, "
                        + "COALESCE(s.erased_at, e.erased_at), s.funding_stream FROM referral_state s "
                        + "LEFT JOIN erased_referral e ON e.referral_id = s.referral_id WHERE s.referral_id = ?1")
                .setParameter(1, referralId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        return Optional.of(new ReferralSnapshot(
                referralId, (String) row[0], localDate(row[1]), (Boolean) row[2], instant(row[3]), (String) row[4]));
    }

    /** The cursor to read the feed after, or null to read it from its beginning. */
    @Transactional
    public String cursor() {
        return (String) Panache.getEntityManager()
                .createNativeQuery("SELECT after FROM referral_copy_cursor WHERE id = 1")
                .getSingleResult();
    }

    /** One page of the feed and the cursor after it, in one transaction: a page is taken whole or not at all. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void apply(List<ReferralFacts> items, String next) {
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (ReferralFacts item : items) {
                    upsert.setObject(1, item.referralId());
                    upsert.setString(2, item.status());
                    upsert.setDate(3, Date.valueOf(item.receivedOn()));
                    upsert.setString(4, item.fundingStream());
                    upsert.setBoolean(5, item.erased());
                    upsert.setTimestamp(6, item.erased() ? Timestamp.from(changedAt(item)) : null);
                    upsert.setString(7, item.position());
                    upsert.setTimestamp(8, Timestamp.from(changedAt(item)));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            try (PreparedStatement cursor = connection.prepareStatement(
                    "UPDATE referral_copy_cursor SET after = ?, updated_at = now() WHERE id = 1")) {
                cursor.setString(1, next);
                cursor.executeUpdate();
            }
        });
    }

    private static Instant changedAt(ReferralFacts item) {
        return item.changedAt() == null ? Instant.now() : item.changedAt();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
