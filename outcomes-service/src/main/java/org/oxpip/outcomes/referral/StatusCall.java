package org.oxpip.outcomes.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks referrals-service about one referral ({@code GET /api/v1/referrals/{id}/status}): the hop {@link
 * ReferralCheck} makes only when our copy cannot answer. A missing referral is an answer (empty); anything else
 * that goes wrong means referrals-service can't be asked right now: {@link ReferralsUnavailable}, or fault
 * tolerance's timeout / open-circuit exceptions, all answered with 503.
 */
@ApplicationScoped
public class StatusCall {

    private final ReferralsClient client;

    StatusCall(@RestClient ReferralsClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<ReferralSnapshot> find(UUID id) {
        try {
            return Optional.of(client.status(id));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw new ReferralsUnavailable(e);
        } catch (RuntimeException e) {
            throw new ReferralsUnavailable(e);
        }
    }
}
