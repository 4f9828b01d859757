package org.oxpip.referrals.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.oxpip.feed.ParentFacts;
import org.oxpip.feed.ReferralFacts;
import org.oxpip.feed.SessionFacts;
import org.oxpip.referrals.monitoring.ParentMonitoring;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.session.TherapySession;

/**
 * Appends a referral's facts to the change feed. Call it as the LAST thing a writing transaction
 * does: it takes the single-row feed counter, whose lock is then held only until commit. Positions
 * therefore become visible strictly in order, so a reader reading "everything after my cursor"
 * can never pass a change that is still in flight (the skip docs/design.md warns of).
 */
@ApplicationScoped
public class FeedWriter {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Referral referral) {
        em.flush();
        long position = ((Number) em.createNativeQuery(
                                "UPDATE feed_counter SET position = position + 1 WHERE id = 1 RETURNING position")
                        .getSingleResult())
                .longValue();
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO referral_change (position, referral_id, facts, changed_at) "
                        + "VALUES (?1, ?2, CAST(?3 AS jsonb), ?4)")
                .setParameter(1, position)
                .setParameter(2, referral.id)
                .setParameter(3, json(facts(referral, now)))
                .setParameter(4, now)
                .executeUpdate();
    }

    /**
     * Appends many changes at once (an import's commit), in their order: one bump of the counter by their
     * number, then one batch of inserts with the positions it handed out. The same lock, held to commit, so the
     * same guarantee as {@link #append}: call it last.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<ReferralFacts> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            long last;
            try (PreparedStatement bump = connection.prepareStatement(
                    "UPDATE feed_counter SET position = position + ? WHERE id = 1 RETURNING position")) {
                bump.setLong(1, changes.size());
                try (ResultSet result = bump.executeQuery()) {
                    result.next();
                    last = result.getLong(1);
                }
            }
            long position = last - changes.size();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO referral_change (position, referral_id, facts, changed_at) "
                            + "VALUES (?, ?, CAST(? AS jsonb), ?)")) {
                int pending = 0;
                for (ReferralFacts facts : changes) {
                    insert.setLong(1, ++position);
                    insert.setObject(2, facts.referralId());
                    insert.setString(3, json(facts));
                    insert.setTimestamp(4, Timestamp.from(facts.changedAt()));
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
        });
    }

    /**
     * The referral's pseudonymised facts, with its sessions (never their notes) and its parents' monitoring
     * codes; their place in the feed is added when the feed is read. Two queries: for many referrals at once use
     * {@link #factsOf}.
     */
    public static ReferralFacts facts(Referral r, Instant changedAt) {
        return facts(r, changedAt, TherapySession.ofReferral(r.id), ParentMonitoring.ofReferral(r.id));
    }

    /**
     * The facts of many referrals (an import's commit), their sessions and monitoring read a thousand
     * referrals at a time: two queries per thousand instead of two per referral.
     */
    public static List<ReferralFacts> factsOf(List<Referral> referrals, Instant changedAt) {
        List<UUID> ids = referrals.stream().map(r -> r.id).toList();
        Map<UUID, List<TherapySession>> sessions = TherapySession.ofReferrals(ids);
        Map<UUID, List<ParentMonitoring>> monitoring = ParentMonitoring.ofReferrals(ids);
        return referrals.stream()
                .map(r -> facts(
                        r, changedAt, sessions.getOrDefault(r.id, List.of()), monitoring.getOrDefault(r.id, List.of())))
                .toList();
    }

    /** The facts from sessions and monitoring the caller already holds (oldest session first, parents in order). */
    public static ReferralFacts facts(
            Referral r, Instant changedAt, List<TherapySession> sessions, List<ParentMonitoring> monitoring) {
        return new ReferralFacts(
                null,
                r.id,
                r.receivedOn,
                r.sourceType.name(),
                r.agencyId,
                r.area,
                r.eligible,
                r.pregnant,
                r.babyAgeMonths,
                r.fundingStream,
                r.status.name(),
                r.acceptedOn,
                r.declinedOn,
                r.redirectedOn,
                r.waitingOn,
                r.firstSessionOn,
                r.closedOn,
                r.closureReason == null ? null : r.closureReason.name(),
                r.erasedAt != null,
                changedAt,
                sessions.stream()
                        .map(s -> new SessionFacts(
                                s.id,
                                s.date,
                                s.kind.name(),
                                s.setting.name(),
                                s.attendance.name(),
                                s.durationMinutes,
                                List.of(s.attendees)))
                        .toList(),
                monitoring.stream()
                        .map(m -> new ParentFacts(
                                m.position,
                                m.ageBand == null ? null : m.ageBand.name(),
                                m.ethnicGroup.name(),
                                m.relationshipToBaby.name(),
                                m.firstTimeParent.name(),
                                m.disability.name(),
                                m.needsInterpreter.name()))
                        .toList());
    }

    private String json(ReferralFacts facts) {
        try {
            return mapper.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Referral facts could not be written as JSON", e);
        }
    }
}
