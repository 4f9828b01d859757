package org.oxpip.outcomes.erasure;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.oxpip.platform.problem.ProblemException;

/**
 * Keeps new data away from an erased referral. Anything that writes for a referral first calls
 * {@link #holdForWriting}: it takes the same per-referral lock that an erasure takes, so a write and
 * an erasure of one referral never interleave. Either the erasure commits first and the write is
 * refused, or the write commits first and the erasure then clears what it wrote.
 */
@ApplicationScoped
public class ErasedReferrals {

    private static final String DETAIL =
            "This referral's personal data has been erased: it takes no new measures, corrections, deletions or notes";
    /** The 422 as the OpenAPI document shows it. */
    public static final String REFUSAL_EXAMPLE = """
            {"type": "https://oxpip.org/problems/referral-erased", "title": "Refused by a business rule", "status": 422,
            "detail": "This referral's personal data has been erased: it takes no new measures, corrections, deletions or notes"}""";

    /** Our own namespace for PostgreSQL advisory locks (the first key of the two-key form). */
    static final int LOCK_NAMESPACE = 0x0E7A5E;

    /** Refuses at once if we have erased this referral: no need to ask referrals-service. */
    public void refuseIfErased(UUID referralId) {
        if (ErasedReferral.isErased(referralId)) {
            throw refusal();
        }
    }

    /**
     * Waits for any erasure of this referral in flight, then refuses if there was one. Held until
     * the calling transaction ends; call it after the slow checks (referrals-service) and before
     * taking any row lock, in the same order as an erasure takes them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdForWriting(UUID referralId) {
        lock(referralId);
        refuseIfErased(referralId);
    }

    /**
     * Which of these referrals we have erased, for many at once (an import's commit). Taken under a SHARE lock
     * of the table, held to the end of the calling transaction: an erasure's insert waits until then, and
     * every erasure committed before is seen. So the import and an erasure never interleave, with one lock
     * instead of one per referral.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Set<UUID> holdAllForWriting(java.util.Collection<UUID> referralIds) {
        Panache.getEntityManager()
                .createNativeQuery("LOCK TABLE erased_referral IN SHARE MODE")
                .executeUpdate();
        return erasedAmong(referralIds);
    }

    /** Which of these referrals we have erased. */
    public java.util.Set<UUID> erasedAmong(java.util.Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return java.util.Set.of();
        }
        return ErasedReferral.<ErasedReferral>list("referralId in ?1", referralIds).stream()
                .map(e -> e.referralId)
                .collect(java.util.stream.Collectors.toSet());
    }

    public static ProblemException refusal() {
        return ProblemException.unprocessable("referral-erased", DETAIL);
    }

    /** The two keys of this referral's advisory lock; public for the tests that race an erasure. */
    public static int[] lockKeys(UUID referralId) {
        return new int[] {LOCK_NAMESPACE, referralId.hashCode()};
    }

    static void lock(UUID referralId) {
        int[] keys = lockKeys(referralId);
        Panache.getEntityManager()
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:namespace, :key)")
                .setParameter("namespace", keys[0])
                .setParameter("key", keys[1])
                .getSingleResult();
    }
}
