package org.oxpip.referrals.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;

/**
 * Possible duplicates (docs/design.md): among open referrals, a parent with the same NHS number, or the
 * same given and family name and date of birth. Flagged for staff, never refused.
 */
@ApplicationScoped
public class Duplicates {

    @Inject
    EntityManager em;

    public boolean anyOpenFor(NewReferral.Parent parent) {
        String nhs = NhsNumber.normalise(parent.nhsNumber());
        Number found = (Number) em.createNativeQuery("""
                SELECT count(*) FROM referral_parent p JOIN referral r ON r.id = p.referral_id
                WHERE r.status NOT IN ('DECLINED', 'REDIRECTED', 'CLOSED')
                  AND ((CAST(?1 AS text) IS NOT NULL AND p.nhs_number = CAST(?1 AS text))
                       OR (lower(p.family_name) = ?2 AND lower(p.given_name) = ?3 AND p.date_of_birth = ?4))
                """)
                .setParameter(1, nhs == null || nhs.isBlank() ? null : nhs)
                .setParameter(2, lower(parent.familyName()))
                .setParameter(3, lower(parent.givenName()))
                .setParameter(4, parent.dateOfBirth())
                .getSingleResult();
        return found.longValue() > 0;
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
