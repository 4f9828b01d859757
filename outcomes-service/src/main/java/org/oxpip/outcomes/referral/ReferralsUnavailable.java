package org.oxpip.outcomes.referral;

/** referrals-service could not be asked (down, slow, or refusing our token): answered with 503. */
public class ReferralsUnavailable extends RuntimeException {

    public ReferralsUnavailable(Throwable cause) {
        super("referrals-service unavailable", cause);
    }
}
