package org.oxpip.referrals.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
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
 * Appends a referral's facts to the change feed, in the writing transaction. Each change is stored with
 * the id of the transaction that wrote it and a position from a sequence; {@link FeedResource} reads
 * them in that order and never past the oldest transaction still in flight, so a change that commits
 * late holds the feed back instead of being skipped, and writers don't wait for one another
 * (docs/decisions/0007-feed-order-from-transaction-ids.md).
 */
@ApplicationScoped
public class FeedWriter {

    private static final String INSERT =
            "INSERT INTO referral_change (referral_id, facts, changed_at) VALUES (?, CAST(? AS jsonb), ?)";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Referral referral) {
        insert(facts(referral, Instant.now()));
    }

    /**
     * A referral the intake has just recorded: no sessions yet, and the parents' monitoring rows it recorded
     * beside it, so its facts need no query.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendNew(Referral referral, List<ParentMonitoring> parents) {
        insert(facts(referral, Instant.now(), List.of(), parents));
    }

    private void insert(ReferralFacts facts) {
        em.createNativeQuery("INSERT INTO referral_change (referral_id, facts, changed_at) "
                        + "VALUES (?1, CAST(?2 AS jsonb), ?3)")
                .setParameter(1, facts.referralId())
                .setParameter(2, json(facts))
                .setParameter(3, facts.changedAt())
                .executeUpdate();
    }

    /** Appends many changes at once (an import's commit), in their order, in batches of inserts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<ReferralFacts> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (ReferralFacts facts : changes) {
                    insert.setObject(1, facts.referralId());
                    insert.setString(2, json(facts));
                    insert.setTimestamp(3, Timestamp.from(facts.changedAt()));
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
