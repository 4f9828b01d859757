package org.oxpip.referrals.partner;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.platform.security.Callers;
import org.oxpip.platform.security.Roles;

/**
 * A partner agency's token must name its agency ({@code agency_id}): everything a partner may do is
 * scoped by it. A referrer token without one is a misconfigured client in the realm; it is refused
 * on every route before anything is read or stored, rather than storing a referral that belongs to
 * no agency (which no partner could ever read again) or listing under an empty agency.
 *
 * <p>The platform says who is calling (a blank claim counts as absent) and what a 403 looks like;
 * which callers are refused is this service's rule, so it lives here.
 */
public class AgencyRequired {

    static final String DETAIL = "A partner agency's token must carry its agency_id claim";

    @Inject
    Callers callers;

    @ServerRequestFilter
    public Optional<Response> requireAgency() {
        Caller caller = callers.current();
        if (caller.hasRole(Roles.REFERRER) && caller.agencyId() == null) {
            return Optional.of(ProblemException.forbidden(DETAIL).problem().toResponse());
        }
        return Optional.empty();
    }
}
