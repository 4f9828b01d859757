package org.oxpip.outcomes.erasure;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oxpip.outcomes.audit.AuditLog;
import org.oxpip.outcomes.audit.AuditLog.Action;
import org.oxpip.outcomes.feed.QuoteFeedWriter;

/**
 * Erases our copy of a referral's personal data: every piece of free text held for it (assessment
 * comments and deletion reasons, every replaced version's comments and reason, risk-alert notes, the text of
 * every quote approved from its questionnaires, which the quotes feed then tells reporting-service to drop).
 * Scores, answers, dates, totals, bands and flags stay: they are not personal on their own and the
 * funders' figures are computed from them. Doing it again changes nothing.
 */
@ApplicationScoped
public class Erasure {

    /** Free text only; each statement touches only rows that still hold some, so a repeat writes nothing. */
    private static final String[] CLEAR_FREE_TEXT = {
        """
        UPDATE assessment_version SET comments = NULL, reason = NULL
         WHERE assessment_id IN (SELECT id FROM assessment WHERE referral_id = :referral)
           AND (comments IS NOT NULL OR reason IS NOT NULL)""",
        // The version moves on, so an ETag read before the erasure no longer matches what is stored.
        """
        UPDATE assessment SET comments = NULL, deleted_reason = NULL, version = version + 1
         WHERE referral_id = :referral AND (comments IS NOT NULL OR deleted_reason IS NOT NULL)""",
        """
        UPDATE risk_alert SET note = NULL, version = version + 1
         WHERE referral_id = :referral AND note IS NOT NULL"""
    };

    /**
     * Every quote of the family's questionnaires, approved or withdrawn: its text goes and it is ERASED. Gives
     * each quote's id (for the quotes feed) and its feedback id (for the audit).
     */
    private static final String ERASE_QUOTES = """
            UPDATE feedback_quote q
               SET status = 'ERASED', text = NULL, withdrawal_reason = NULL, updated_at = :now, version = q.version + 1
              FROM assessment a
             WHERE a.id = q.assessment_id AND a.referral_id = :referral AND q.status <> 'ERASED'
            RETURNING q.id, a.feedback_id""";

    @Inject
    AuditLog audit;

    @Inject
    QuoteFeedWriter quoteFeed;

    /**
     * Clears the referral's free text and records it as erased, in one transaction of its own: a
     * request that learns of the erasure from referrals-service is itself refused and rolled back,
     * but the erasure it found must stay. The caller must not hold this referral's lock.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void apply(UUID referralId, Instant erasedAt) {
        ErasedReferrals.lock(referralId);
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> quotes = Panache.getEntityManager()
                .createNativeQuery(ERASE_QUOTES)
                .setParameter("referral", referralId)
                .setParameter("now", now)
                .getResultList();
        int cleared = quotes.size();
        for (String statement : CLEAR_FREE_TEXT) {
            cleared += Panache.getEntityManager()
                    .createNativeQuery(statement)
                    .setParameter("referral", referralId)
                    .executeUpdate();
        }
        boolean first = ErasedReferral.findByIdOptional(referralId).isEmpty();
        if (first) {
            ErasedReferral erased = new ErasedReferral();
            erased.referralId = referralId;
            erased.erasedAt = erasedAt;
            erased.appliedAt = Instant.now();
            erased.persist();
        }
        if (first || cleared > 0) {
            audit.recordByService(Action.ERASE, AuditLog.REFERRAL, referralId);
        }
        for (Object[] quote : quotes) {
            audit.recordByService(Action.ERASE, AuditLog.FEEDBACK, (UUID) quote[1]);
        }
        // The reports lose the quotes with this commit.
        for (Object[] quote : quotes) {
            quoteFeed.append((UUID) quote[0], now);
        }
    }

    /** referrals-service has taken our confirmation; the first time is the one kept. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void confirmed(UUID referralId, Instant at) {
        ErasedReferral.<ErasedReferral>findByIdOptional(referralId)
                .filter(erased -> erased.confirmedAt == null)
                .ifPresent(erased -> erased.confirmedAt = at);
    }
}
