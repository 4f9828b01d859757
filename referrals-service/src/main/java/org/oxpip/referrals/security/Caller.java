package org.oxpip.referrals.security;

import java.util.Set;

/**
 * Who is calling, as the token says. The agency comes only from the token's {@code agency_id}
 * claim, never from a request body; {@code clientId} is the token's {@code azp} (the OAuth client
 * the token was issued to), which names a calling service.
 */
public record Caller(String actor, Set<String> roles, String agencyId, String clientId) {

    /** Charity staff see every agency's referrals. */
    public boolean isStaff() {
        return roles.contains(Roles.CLINICIAN) || roles.contains(Roles.MANAGER) || roles.contains(Roles.ADMIN);
    }

    /** The role recorded in the audit trail: the most privileged one the caller acted with. */
    public String mainRole() {
        for (String role : new String[] {Roles.ADMIN, Roles.CLINICIAN, Roles.MANAGER, Roles.REFERRER,
                Roles.REFERRAL_READER, Roles.FEED_READER, Roles.FUNDER}) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "none";
    }

    /**
     * The name a calling service goes by in the erasure protocol: its client id (Keycloak puts it in
     * {@code azp} for a client-credentials token, e.g. {@code outcomes-service}), else the principal.
     */
    public String serviceName() {
        return clientId != null && !clientId.isBlank() ? clientId : actor;
    }
}
