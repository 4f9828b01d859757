package org.oxpip.outcomes.referral;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What referrals-service says of a referral, for the rule that a measure needs an accepted referral that was not
 * erased. Our copy answers when it has read the feed's end since this check began ({@link ReferralFeedReader})
 * and knows the referral; otherwise (the copy's read failed or took longer than {@code
 * oxpip.referral-copy.max-wait}, or the feed has not shown us the referral) we ask referrals-service itself
 * ({@link StatusCall}). Either way the answer is no older than the check, as before the copy existed.
 */
@ApplicationScoped
public class ReferralCheck {

    private final ReferralFeedReader reader;
    private final ReferralCopy copy;
    private final StatusCall status;
    private final Duration maxWait;
    private final Counter byCopy;
    private final Counter byStatus;

    ReferralCheck(
            ReferralFeedReader reader,
            ReferralCopy copy,
            StatusCall status,
            @ConfigProperty(name = "oxpip.referral-copy.max-wait") Duration maxWait,
            MeterRegistry registry) {
        this.reader = reader;
        this.copy = copy;
        this.status = status;
        this.maxWait = maxWait;
        this.byCopy = Counter.builder("oxpip.referral.checks")
                .description("Referral checks, by what answered them: our copy of the feed, or a call to /status")
                .tag("answered.by", "copy")
                .register(registry);
        this.byStatus = Counter.builder("oxpip.referral.checks")
                .description("Referral checks, by what answered them: our copy of the feed, or a call to /status")
                .tag("answered.by", "status")
                .register(registry);
        Gauge.builder("oxpip.referral.copy.age", reader, r -> {
                    Duration age = r.age();
                    return age == null ? Double.NaN : age.toNanos() / 1e9;
                })
                .description("Seconds since the last read of referrals-service's feed that reached its end began")
                .baseUnit("seconds")
                .register(registry);
    }

    /** The referral, or empty when referrals-service knows no such referral. */
    public Optional<ReferralSnapshot> find(UUID id) {
        return find(id, () -> {});
    }

    /**
     * The same, running {@code beforeAskingStatus} first when the copy cannot answer and referrals-service must be
     * asked (to refuse a referral erased here without asking). The copy's answer already says erased for one.
     */
    public Optional<ReferralSnapshot> find(UUID id, Runnable beforeAskingStatus) {
        long began = System.nanoTime();
        if (reader.caughtUpSince(began, maxWait)) {
            Optional<ReferralSnapshot> known = copy.find(id);
            if (known.isPresent()) {
                byCopy.increment();
                return known;
            }
        }
        beforeAskingStatus.run();
        byStatus.increment();
        return status.find(id);
    }
}
