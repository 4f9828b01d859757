package org.oxpip.platform.security;

import java.util.Set;

/**
 * Who is calling, as the verified token says; never from a request body. Which of these facts a
 * service acts on, and how, is that service's rule.
 *
 * @param actor the principal's name (Keycloak's preferred_username, else the subject)
 * @param roles the realm roles
 * @param agencyId claim {@code agency_id}: the partner agency a referrer acts for; null for staff
 * @param fundingStreams claim {@code funding_streams} (an array, or one string): what a funder funds
 * @param clientId claim {@code azp}: the client the token was issued to, for example {@code outcomes-service}
 */
public record Caller(String actor, Set<String> roles, String agencyId, Set<String> fundingStreams, String clientId) {

    public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), null, Set.of(), null);

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        fundingStreams = fundingStreams == null ? Set.of() : Set.copyOf(fundingStreams);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Charity staff (clinician, manager, admin) work across every agency. */
    public boolean isStaff() {
        return hasRole(Roles.CLINICIAN) || hasRole(Roles.MANAGER) || hasRole(Roles.ADMIN);
    }

    /** The role recorded in an audit trail: the most privileged one the caller acted with. */
    public String mainRole() {
        for (String role : Roles.BY_PRIVILEGE) {
            if (hasRole(role)) {
                return role;
            }
        }
        return "none";
    }
}
