package org.oxpip.referrals.referral;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oxpip.platform.security.Caller;

/**
 * A referral as the caller may see it. Staff see everything ({@link ReferralView}); a partner
 * agency sees only what it sent plus the status, status dates, eligibility and closure reason
 * ({@link PartnerReferralView}): never the duplicate flag (it would tell one agency that a person
 * is known to another service), the therapist, or anything staff wrote.
 */
@Schema(
        name = "ReferralAsSeen",
        oneOf = {ReferralView.class, PartnerReferralView.class},
        description = "Staff (clinician, manager, admin) receive a Referral; a partner agency (role referrer) "
                + "receives a PartnerReferral.")
public sealed interface ReferralAsSeen permits ReferralView, PartnerReferralView {

    UUID id();

    int version();

    /** Anyone who is not staff gets the partner view: the narrower one is the safe default. */
    static ReferralAsSeen of(Referral referral, Caller caller) {
        return caller.isStaff() ? ReferralView.of(referral) : PartnerReferralView.of(referral);
    }
}
