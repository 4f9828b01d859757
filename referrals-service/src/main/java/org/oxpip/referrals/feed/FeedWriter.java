package org.oxpip.referrals.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
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
     * The referral's pseudonymised facts, with its sessions (never their notes) and its parents' monitoring
     * codes; their place in the feed is added when the feed is read.
     */
    static ReferralFacts facts(Referral r, Instant changedAt) {
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
                TherapySession.ofReferral(r.id).stream()
                        .map(s -> new SessionFacts(
                                s.id,
                                s.date,
                                s.kind.name(),
                                s.setting.name(),
                                s.attendance.name(),
                                s.durationMinutes,
                                List.of(s.attendees)))
                        .toList(),
                ParentMonitoring.ofReferral(r.id).stream()
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
