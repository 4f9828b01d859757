package org.oxpip.referrals.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /**
     * The same rule for many parents at once (an import's families): the open referrals' parents that share an
     * NHS number or a family name with any of them, read in one query, then matched here exactly as
     * {@link #anyOpenFor} matches. Families the import itself records are added as it goes ({@link
     * OpenParents#add}), so a later row is flagged by an earlier one that is still open, as the API would.
     */
    public OpenParents openParentsLike(Collection<NewReferral.Parent> parents) {
        List<String> nhs = parents.stream()
                .map(p -> NhsNumber.normalise(p.nhsNumber()))
                .filter(n -> n != null && !n.isBlank())
                .distinct()
                .toList();
        List<String> names =
                parents.stream().map(p -> lower(p.familyName())).distinct().toList();
        OpenParents open = new OpenParents();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.nhs_number, lower(p.family_name), lower(p.given_name), p.date_of_birth
                FROM referral_parent p JOIN referral r ON r.id = p.referral_id
                WHERE r.status NOT IN ('DECLINED', 'REDIRECTED', 'CLOSED')
                  AND (p.nhs_number = ANY(CAST(?1 AS text[])) OR lower(p.family_name) = ANY(CAST(?2 AS text[])))
                """)
                .setParameter(1, nhs.toArray(String[]::new))
                .setParameter(2, names.toArray(String[]::new))
                .getResultList();
        for (Object[] row : rows) {
            open.add((String) row[0], (String) row[1], (String) row[2], toDate(row[3]));
        }
        return open;
    }

    /** Open referrals' parents, matched as {@link #anyOpenFor} matches in SQL. */
    public static final class OpenParents {
        private final Set<String> nhsNumbers = new HashSet<>();
        private final Set<String> namesAndBirth = new HashSet<>();

        public boolean matches(NewReferral.Parent parent) {
            String nhs = NhsNumber.normalise(parent.nhsNumber());
            return (nhs != null && !nhs.isBlank() && nhsNumbers.contains(nhs))
                    || namesAndBirth.contains(
                            key(lower(parent.familyName()), lower(parent.givenName()), parent.dateOfBirth()));
        }

        public void add(NewReferral.Parent parent) {
            add(
                    NhsNumber.normalise(parent.nhsNumber()),
                    lower(parent.familyName()),
                    lower(parent.givenName()),
                    parent.dateOfBirth());
        }

        void add(String nhs, String family, String given, LocalDate born) {
            if (nhs != null && !nhs.isBlank()) {
                nhsNumbers.add(nhs);
            }
            namesAndBirth.add(key(family, given, born));
        }

        private static String key(String family, String given, LocalDate born) {
            return family + "\u001F" + given + "\u001F" + born;
        }
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
