package org.oxpip.systemtests;

import java.util.List;

/**
 * A family referred by agency A, accepted, with one PHQ-9 whose self-harm answer opened a risk alert and a
 * satisfaction questionnaire whose comments the parent agreed may be quoted (no quote approved yet): the records
 * that the endpoint-by-endpoint tests aim their requests at. Sessions need a referral on the waiting list, so a
 * second referral of agency A is put there, with one session the family did not attend (it stays WAITING; the
 * first referral stays ACCEPTED for the transition calls).
 */
record FamilyInCare(
        String referralId,
        String assessmentId,
        String alertId,
        String waitingReferralId,
        String sessionId,
        String feedbackId) {

    static FamilyInCare create() {
        String referralId = Referrals.fromAgencyA();
        Referrals.move(referralId, "ACCEPTED");
        String assessmentId = Measures.record(
                        referralId, "PHQ9", "BASELINE", Families.today(), List.of(2, 2, 2, 1, 1, 1, 1, 1, 1))
                .getString("id");
        String alertId = (String) Alerts.find("OPEN", assessmentId).get("id");
        String waiting = Referrals.fromAgencyA();
        Referrals.move(waiting, "ACCEPTED");
        Referrals.move(waiting, "WAITING");
        String sessionId = Sessions.record(waiting, Families.today(), "DID_NOT_ATTEND", "Phoned; no answer");
        String feedbackId = Feedback.record(referralId, Feedback.QUOTABLE, "The sessions helped us.")
                .getString("feedbackId");
        return new FamilyInCare(referralId, assessmentId, alertId, waiting, sessionId, feedbackId);
    }
}
