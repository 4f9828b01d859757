package org.oxpip.referrals.referral;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the referral list ({@code {items, page, size, totalItems}}), each as the caller may see it. */
@Schema(
        name = "ReferralPage",
        description = "A page of referrals: Referral items for staff, PartnerReferral items "
                + "for a partner agency (role referrer).")
public record ReferralPage(List<ReferralAsSeen> items, int page, int size, long totalItems) {}
