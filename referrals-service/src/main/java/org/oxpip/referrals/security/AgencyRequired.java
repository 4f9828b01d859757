package org.oxpip.referrals.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.oxpip.referrals.problem.Problem;

/**
 * A partner agency's token must name its agency ({@code agency_id}): everything a partner may do is
 * scoped by it. A referrer token without one is a misconfigured client in the realm; it is refused
 * on every route before anything is read or stored, rather than storing a referral that belongs to
 * no agency (which no partner could ever read again) or listing under an empty agency.
 */
public class AgencyRequired {

    @Inject
    Callers callers;

    @ServerRequestFilter
    public Optional<Response> requireAgency() {
        Caller caller = callers.current();
        if (caller.roles().contains(Roles.REFERRER) && (caller.agencyId() == null || caller.agencyId().isBlank())) {
            return Optional.of(Problem.of(403, "agency-required", "Forbidden",
                    "A partner agency's token must carry its agency_id claim").toResponse());
        }
        return Optional.empty();
    }
}
