package org.oxpip.referrals.workflow;

import static org.oxpip.referrals.referral.ReferralStatus.ACCEPTED;
import static org.oxpip.referrals.referral.ReferralStatus.CLOSED;
import static org.oxpip.referrals.referral.ReferralStatus.DECLINED;
import static org.oxpip.referrals.referral.ReferralStatus.IN_THERAPY;
import static org.oxpip.referrals.referral.ReferralStatus.RECEIVED;
import static org.oxpip.referrals.referral.ReferralStatus.REDIRECTED;
import static org.oxpip.referrals.referral.ReferralStatus.WAITING;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.oxpip.referrals.referral.ReferralStatus;

/**
 * The referral workflow (docs/design.md): RECEIVED → ACCEPTED | DECLINED | REDIRECTED,
 * ACCEPTED → WAITING → IN_THERAPY → CLOSED, and ACCEPTED | WAITING → CLOSED (did not engage).
 * Anything else is refused.
 */
public final class Workflow {

    private static final Map<ReferralStatus, Set<ReferralStatus>> MOVES = Map.of(
            RECEIVED, EnumSet.of(ACCEPTED, DECLINED, REDIRECTED),
            ACCEPTED, EnumSet.of(WAITING, CLOSED),
            WAITING, EnumSet.of(IN_THERAPY, CLOSED),
            IN_THERAPY, EnumSet.of(CLOSED),
            DECLINED, EnumSet.noneOf(ReferralStatus.class),
            REDIRECTED, EnumSet.noneOf(ReferralStatus.class),
            CLOSED, EnumSet.noneOf(ReferralStatus.class));

    private Workflow() {}

    public static boolean allows(ReferralStatus from, ReferralStatus to) {
        return MOVES.get(from).contains(to);
    }

    public static Set<ReferralStatus> nextFrom(ReferralStatus from) {
        return MOVES.get(from);
    }

    /** Declining or redirecting a family must say why. */
    public static boolean needsReason(ReferralStatus to) {
        return to == DECLINED || to == REDIRECTED;
    }
}
