package org.oxpip.referrals.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims an Idempotency-Key for a new referral. The claim is an INSERT ... ON CONFLICT DO NOTHING
 * on the (scope, key) primary key: a concurrent retry blocks on the unique index until the first
 * transaction ends, then finds the committed claim, so at most one referral is ever created.
 */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    EntityManager em;

    /** A claim already made with this key: the referral it created and the body it came with. */
    public record Claim(UUID referralId, String bodyHash) {}

    /** Empty when this call claimed the key; otherwise the earlier claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Claim> claim(String scope, String key, String bodyHash, UUID referralId) {
        int inserted = em.createNativeQuery(
                        "INSERT INTO idempotency_key (scope, key, body_hash, referral_id, created_at) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (scope, key) DO NOTHING")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, bodyHash)
                .setParameter(4, referralId)
                .setParameter(5, Instant.now())
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT CAST(referral_id AS text), body_hash FROM idempotency_key WHERE scope = ?1 AND key = ?2")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Claim(UUID.fromString((String) row[0]), (String) row[1]));
    }

    /** Erasure forgets the keys that led to a referral: their hashes were made from personal data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID referralId) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE referral_id = ?1")
                .setParameter(1, referralId)
                .executeUpdate();
    }
}
