package org.oxpip.reporting.security;

import java.util.Set;

/**
 * Who is calling, as the token says. The agency comes only from the token's {@code agency_id}
 * claim, a funder's funding streams only from its {@code funding_streams} claim (set in the realm
 * by an administrator), never from a request.
 */
public record Caller(String actor, Set<String> roles, String agencyId, Set<String> fundingStreams) {

    public Caller {
        fundingStreams = fundingStreams == null ? Set.of() : Set.copyOf(fundingStreams);
    }

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
}
