package org.oxpip.outcomes.erasure;

import static org.oxpip.outcomes.testing.Api.as;
import static org.oxpip.outcomes.testing.Api.measure;
import static org.oxpip.outcomes.testing.Api.recorded;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oxpip.outcomes.testing.Api;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/**
 * A family whose free text is planted in every place this service keeps some, each piece carrying
 * the family's own {@code marker} (a made-up name and phone number), so a search of the whole
 * database for it finds whatever an erasure left behind.
 *
 * @param satisfaction a SATISFACTION measure with comments, corrected once (a version with comments and a reason)
 * @param deleted a PHQ-9 deleted as entered in error (a deletion reason, and a version with a reason)
 * @param acknowledged a risk alert acknowledged with a note
 * @param open a risk alert still open
 */
record PlantedFamily(
        UUID referral, String marker, String satisfaction, String deleted, String acknowledged, String open) {

    static PlantedFamily plant() {
        UUID referral = ReferralsStub.referral("IN_THERAPY");
        String marker =
                "Hannah Whitcombe 07700 900" + UUID.randomUUID().toString().substring(0, 6);

        Map<String, Object> satisfaction =
                measure(referral, "SATISFACTION", "END", "PARENT_1", "2025-01-20", 1, 5, 4, 5);
        satisfaction.put("comments", marker + " said the sessions helped");
        String satisfactionId = recorded(satisfaction);
        Map<String, Object> correction =
                Api.correction("END", "2025-01-20", marker + " asked us to fix item 2", 1, 4, 4, 5);
        correction.put("comments", marker + " said the sessions helped a lot");
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(correction)
                .when()
                .put(Api.ASSESSMENT, satisfactionId)
                .then()
                .statusCode(200);

        String deleted = recorded(Api.phq9(referral));
        as("clinician")
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "Not " + marker + "'s form"))
                .when()
                .delete(Api.ASSESSMENT, deleted)
                .then()
                .statusCode(204);

        String acknowledged = alertOf(recorded(atRisk(referral, "BASELINE")));
        as("clinician")
                .body(Map.of("note", "Called " + marker + "; safety plan agreed"))
                .when()
                .post("/api/v1/alerts/{id}/acknowledge", acknowledged)
                .then()
                .statusCode(200);
        String open = alertOf(recorded(atRisk(referral, "REVIEW")));
        return new PlantedFamily(referral, marker, satisfactionId, deleted, acknowledged, open);
    }

    /**
     * Everything but free text, as it stands: scores, answers, dates, totals, bands, flags, statuses,
     * who and when. An erasure must leave all of it as it was (the assessments' version moves on).
     */
    List<String> figures() {
        String assessments = "SELECT id FROM assessment WHERE referral_id = '" + referral + "'";
        return List.of(
                String.join(
                        "\n",
                        Rows.strings("SELECT row(id, referral_id, instrument, timepoint, respondent, completed_on,"
                                + " answers, total, band, risk_flag, deleted, deleted_by, deleted_at, recorded_by, created_at,"
                                + " updated_at)::text FROM assessment WHERE referral_id = '" + referral
                                + "' ORDER BY id")),
                String.join(
                        "\n",
                        Rows.strings("SELECT row(id, assessment_id, version, timepoint, respondent, completed_on,"
                                + " answers, total, band, risk_flag, change, replaced_by, replaced_at)::text FROM assessment_version"
                                + " WHERE assessment_id IN (" + assessments + ") ORDER BY id")),
                String.join(
                        "\n",
                        Rows.strings("SELECT row(id, assessment_id, referral_id, instrument, respondent,"
                                + " risk_items, status, raised_at, acknowledged_by, acknowledged_at)::text FROM risk_alert"
                                + " WHERE referral_id = '" + referral + "' ORDER BY id")),
                String.join(
                        "\n",
                        Rows.strings("SELECT row(assessment_id, instrument, timepoint, respondent, completed_on,"
                                + " total, band, deleted)::text FROM assessment_change WHERE referral_id = '" + referral
                                + "' ORDER BY position")));
    }

    /** Rows anywhere in the database that still hold some of this family's free text. */
    long rowsWithItsText() {
        return Rows.rowsContaining(marker);
    }

    private static Map<String, Object> atRisk(UUID referral, String timepoint) {
        return measure(referral, "PHQ9", timepoint, "PARENT_1", "2025-01-10", 1, 1, 1, 1, 1, 1, 1, 1, 1);
    }

    private static String alertOf(String assessment) {
        return Rows.string("SELECT id FROM risk_alert WHERE assessment_id = '" + assessment + "'");
    }
}
