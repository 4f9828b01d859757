package org.oxpip.referrals.workflow;

import org.oxpip.referrals.problem.Problem;
import org.oxpip.referrals.problem.ProblemException;

/** ETags are the entity version in quotes; If-Match must carry one. */
final class Versions {

    private Versions() {}

    static int fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(428, "if-match-required", "Precondition required",
                    "Send If-Match with the ETag of the referral as you last read it"));
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(412, "stale", "Precondition failed",
                    "If-Match does not name a version of this referral"));
        }
    }
}
