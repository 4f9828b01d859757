package org.oxpip.systemtests;

import java.util.List;

/**
 * A family referred by agency A, accepted, with one PHQ-9 whose self-harm answer opened a risk alert and a
 * satisfaction questionnaire whose comments the parent agreed may be quoted (no quote approved yet): the records
 * that the endpoint-by-endpoint tests aim their requests at.
 */
record FamilyInCare(String referralId, String assessmentId, String alertId, String feedbackId) {

    static FamilyInCare create() {
        String referralId = Referrals.fromAgencyA();
        Referrals.move(referralId, "ACCEPTED");
        String assessmentId = Measures.record(
                        referralId, "PHQ9", "BASELINE", Families.today(), List.of(2, 2, 2, 1, 1, 1, 1, 1, 1))
                .getString("id");
        String alertId = (String) Alerts.find("OPEN", assessmentId).get("id");
        String feedbackId = Feedback.record(referralId, Feedback.QUOTABLE, "The sessions helped us.")
                .getString("feedbackId");
        return new FamilyInCare(referralId, assessmentId, alertId, feedbackId);
    }
}
