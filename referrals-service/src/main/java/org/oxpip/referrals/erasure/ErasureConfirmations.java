package org.oxpip.referrals.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * The erasure_confirmation table: which service has erased its copy of an erased referral, and
 * when. Rows are only ever inserted (the database refuses updates and deletes): a repeat
 * confirmation is an INSERT ... ON CONFLICT DO NOTHING, so the first time is the one kept.
 */
@ApplicationScoped
public class ErasureConfirmations {

    /** The name referrals-service confirms its own erasures under. */
    public static final String THIS_SERVICE = "referrals-service";

    @Inject
    EntityManager em;

    /** True when this call recorded the confirmation, false when the service had already confirmed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean confirm(UUID referralId, String service, Instant at) {
        return em.createNativeQuery("INSERT INTO erasure_confirmation (referral_id, service, confirmed_at) "
                                + "VALUES (?1, ?2, ?3) ON CONFLICT (referral_id, service) DO NOTHING")
                        .setParameter(1, referralId)
                        .setParameter(2, service)
                        .setParameter(3, at)
                        .executeUpdate()
                == 1;
    }

    /** Erased referrals the service has not yet confirmed, oldest erasure first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PendingErasure> pendingFor(String service, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT r.id AS referral_id, r.erased_at AS erased_at FROM referral r "
                                + "WHERE r.erased_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM erasure_confirmation c "
                                + "WHERE c.referral_id = r.id AND c.service = ?1) ORDER BY r.erased_at, r.id LIMIT ?2")
                .setParameter(1, service)
                .setParameter(2, limit)
                .unwrap(NativeQuery.class)
                .addScalar("referral_id", UUID.class)
                .addScalar("erased_at", Instant.class)
                .getResultList();
        return rows.stream()
                .map(row -> new PendingErasure((UUID) row[0], (Instant) row[1]))
                .toList();
    }

    /** Each service that confirmed this referral's erasure, with when. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Instant> of(UUID referralId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT service, confirmed_at FROM erasure_confirmation WHERE referral_id = ?1")
                .setParameter(1, referralId)
                .unwrap(NativeQuery.class)
                .addScalar("service", String.class)
                .addScalar("confirmed_at", Instant.class)
                .getResultList();
        Map<String, Instant> confirmed = new HashMap<>();
        rows.forEach(row -> confirmed.put((String) row[0], (Instant) row[1]));
        return confirmed;
    }
}
