package org.oxpip.outcomes.erasure;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Pulls the erasures referrals-service has made and we have not yet confirmed, erases each one here,
 * then confirms it. Every {@code oxpip.erasure.poll-interval} and once shortly after start, so an
 * erasure made while this service was down is caught up as soon as it is back. Whatever fails
 * (referrals-service, Keycloak, our database) stays pending there and is tried again on the next poll.
 */
@ApplicationScoped
public class ErasurePoll {

    private static final Logger LOG = Logger.getLogger(ErasurePoll.class);
    /** One page of pending erasures; a full page is followed by the next, up to this many pages a poll. */
    static final int PAGE_SIZE = 100;

    static final int MAX_PAGES = 10;

    /** What one poll did: referrals erased here, confirmations taken, and failures left for the next poll. */
    public record Result(int erased, int confirmed, int failed) {}

    @Inject
    @RestClient
    ErasuresClient referrals;

    @Inject
    Erasure erasure;

    @Scheduled(
            identity = "erasure-poll",
            every = "${oxpip.erasure.poll-interval}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        poll();
    }

    /** One poll now (the schedule calls this; so can tests). */
    public Result poll() {
        int erased = 0;
        int confirmed = 0;
        int failed = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<PendingErasures.Item> items;
            try {
                items = referrals.pending(PAGE_SIZE).itemsOrNone();
            } catch (RuntimeException e) {
                LOG.warnf(
                        "Could not read pending erasures from referrals-service (%s); the next poll tries again",
                        e.getClass().getSimpleName());
                failed++;
                break;
            }
            for (PendingErasures.Item item : items) {
                if (item.referralId() == null) {
                    continue;
                }
                try {
                    erasure.apply(item.referralId(), item.erasedAt());
                    erased++;
                } catch (RuntimeException e) {
                    LOG.errorf(
                            "Could not erase a referral here (%s); the next poll tries again",
                            e.getClass().getName());
                    failed++;
                    continue;
                }
                try {
                    referrals.confirm(item.referralId());
                    erasure.confirmed(item.referralId(), Instant.now());
                    confirmed++;
                } catch (RuntimeException e) {
                    LOG.warnf(
                            "Could not confirm an erasure to referrals-service (%s); the next poll tries again",
                            e.getClass().getSimpleName());
                    failed++;
                }
            }
            // A failed item stays pending: reading on would only meet it again.
            if (items.size() < PAGE_SIZE || failed > 0) {
                break;
            }
        }
        if (erased > 0 || failed > 0) {
            LOG.infof("Erasure poll: %d erased, %d confirmed, %d failed", erased, confirmed, failed);
        }
        return new Result(erased, confirmed, failed);
    }
}
