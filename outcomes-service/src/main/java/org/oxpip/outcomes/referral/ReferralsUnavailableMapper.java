package org.oxpip.outcomes.referral;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.oxpip.platform.problem.Problem;

/** referrals-service can't be asked: 503 with Retry-After, and nothing was stored. */
public class ReferralsUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(ReferralsUnavailableMapper.class);

    @ServerExceptionMapper
    public Response unavailable(ReferralsUnavailable e) {
        LOG.warnf(
                "referrals-service unavailable: %s",
                e.getCause() == null ? "?" : e.getCause().getClass().getSimpleName());
        return answer();
    }

    @ServerExceptionMapper
    public Response timeout(TimeoutException e) {
        LOG.warn("referrals-service did not answer in time");
        return answer();
    }

    @ServerExceptionMapper
    public Response circuitOpen(CircuitBreakerOpenException e) {
        return answer();
    }

    private static Response answer() {
        // Problem.toResponse adds Retry-After, as it does to every 503.
        return Problem.unavailable(
                        "referrals-unavailable",
                        "referrals-service cannot be reached just now; nothing was stored. Try again shortly.")
                .toResponse();
    }
}
