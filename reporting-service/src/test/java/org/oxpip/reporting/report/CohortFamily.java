package org.oxpip.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One family of the test cohort, written the way staff would describe it ("received on the 4th of
 * September, first session 30 days later, closed in January, PHQ-9 16 then 6"), and turned into the
 * feed items referrals-service and outcomes-service would publish: a snapshot when the referral was
 * received, one with its final state (and one more if erased); one item per assessment, and a later
 * one for each correction or deletion.
 */
final class CohortFamily {

    static final String PARENT_1 = "PARENT_1";
    static final String PARENT_2 = "PARENT_2";

    final String name;
    final UUID referralId;
    private final String fundingStream;
    private final String area;
    private final String sourceType;
    private LocalDate receivedOn;
    private boolean eligible = true;
    private Integer waitDays;
    private String status = "RECEIVED";
    private LocalDate decidedOn;
    private LocalDate closedOn;
    private String closureReason;
    private boolean accepted;
    private boolean erased;
    private final List<Map<String, Object>> assessments = new ArrayList<>();
    private final List<Map<String, Object>> corrections = new ArrayList<>();

    CohortFamily(String name, int number, String fundingStream, String area, String sourceType) {
        this.name = name;
        this.referralId = UUID.fromString(String.format("00000000-0000-4000-8000-%012d", number));
        this.fundingStream = fundingStream;
        this.area = area;
        this.sourceType = sourceType;
    }

    CohortFamily received(String date) {
        receivedOn = LocalDate.parse(date);
        return this;
    }

    CohortFamily ineligible() {
        eligible = false;
        return this;
    }

    CohortFamily declined() {
        status = "DECLINED";
        decidedOn = receivedOn.plusDays(7);
        return this;
    }

    CohortFamily redirected() {
        status = "REDIRECTED";
        decidedOn = receivedOn.plusDays(7);
        return this;
    }

    CohortFamily waiting() {
        status = "WAITING";
        accepted = true;
        return this;
    }

    /** Accepted, and the first session {@code days} after the referral was received. */
    CohortFamily firstSessionAfter(int days) {
        status = "IN_THERAPY";
        accepted = true;
        waitDays = days;
        return this;
    }

    CohortFamily closed(String date, String reason) {
        status = "CLOSED";
        accepted = true;
        closedOn = LocalDate.parse(date);
        closureReason = reason;
        return this;
    }

    CohortFamily erased() {
        erased = true;
        return this;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    LocalDate firstSession() {
        return receivedOn.plusDays(waitDays);
    }

    /** BASELINE at the first session and END on the day of closing. */
    CohortFamily paired(String instrument, String respondent, int baseline, int end) {
        score(instrument, "BASELINE", respondent, firstSession(), baseline);
        return score(instrument, "END", respondent, closedOn, end);
    }

    CohortFamily pirgas(String respondent, int baseline, int end) {
        return paired("PIRGAS", respondent, baseline, end);
    }

    CohortFamily phq9(String respondent, int baseline, int end) {
        return paired("PHQ9", respondent, baseline, end);
    }

    CohortFamily gad7(String respondent, int baseline, int end) {
        return paired("GAD7", respondent, baseline, end);
    }

    CohortFamily epds(String respondent, int baseline, int end) {
        return paired("EPDS", respondent, baseline, end);
    }

    CohortFamily score(String instrument, String timepoint, String respondent, LocalDate on, Integer total) {
        assessments.add(assessment(UUID.randomUUID(), instrument, timepoint, respondent, on, total, null, false, on));
        return this;
    }

    /** A score first recorded at this instant (the feed's recordedAt, and its first changedAt). */
    CohortFamily scoreRecorded(
            String instrument, String timepoint, String respondent, LocalDate on, Integer total, Instant recorded) {
        Map<String, Object> item =
                assessment(UUID.randomUUID(), instrument, timepoint, respondent, on, total, null, false, on);
        item.put("changedAt", recorded.toString());
        item.put("recordedAt", recorded.toString());
        assessments.add(item);
        return this;
    }

    /** The last assessment added came from a feed that did not send recordedAt yet. */
    CohortFamily lastWithoutRecordedAt() {
        assessments.get(assessments.size() - 1).remove("recordedAt");
        return this;
    }

    /** Satisfaction (the Friends and Family Test band) on the day of closing. */
    CohortFamily satisfaction(String respondent, String band) {
        return satisfaction(respondent, "END", closedOn, band);
    }

    CohortFamily satisfaction(String respondent, String timepoint, LocalDate on, String band) {
        assessments.add(
                assessment(UUID.randomUUID(), "SATISFACTION", timepoint, respondent, on, null, band, false, on));
        return this;
    }

    /** The last assessment added is corrected to another total the day after closing. */
    CohortFamily lastCorrectedTo(int total) {
        Map<String, Object> corrected = new LinkedHashMap<>(assessments.get(assessments.size() - 1));
        corrected.put("total", total);
        corrected.put("changedAt", at(closedOn.plusDays(1)));
        corrections.add(corrected);
        return this;
    }

    /** The last assessment added is deleted as entered in error, the day after closing. */
    CohortFamily lastDeleted() {
        Map<String, Object> deleted = new LinkedHashMap<>(assessments.get(assessments.size() - 1));
        deleted.put("deleted", true);
        deleted.put("changedAt", at(closedOn.plusDays(1)));
        corrections.add(deleted);
        return this;
    }

    List<Map<String, Object>> referralItems() {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(referral("RECEIVED", false, false, at(receivedOn)));
        if (!status.equals("RECEIVED")) {
            items.add(referral(status, true, false, at(lastEvent())));
        }
        if (erased) {
            items.add(referral(status, true, true, at(lastEvent().plusDays(30))));
        }
        return items;
    }

    List<Map<String, Object>> assessmentItems() {
        return assessments;
    }

    List<Map<String, Object>> correctionItems() {
        return corrections;
    }

    private LocalDate lastEvent() {
        if (closedOn != null) {
            return closedOn;
        }
        if (waitDays != null) {
            return firstSession();
        }
        return decidedOn != null ? decidedOn : receivedOn.plusDays(4);
    }

    private Map<String, Object> referral(String state, boolean complete, boolean erasedNow, String changedAt) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("referralId", referralId.toString());
        item.put("receivedOn", receivedOn.toString());
        item.put("sourceType", sourceType);
        item.put("agencyId", null);
        item.put("area", area);
        item.put("eligible", eligible);
        item.put("pregnant", false);
        item.put("babyAgeMonths", eligible ? 3 : 26);
        item.put("fundingStream", fundingStream);
        item.put("status", state);
        item.put("acceptedOn", complete && accepted ? date(receivedOn.plusDays(3)) : null);
        item.put("declinedOn", complete && state.equals("DECLINED") ? date(decidedOn) : null);
        item.put("redirectedOn", complete && state.equals("REDIRECTED") ? date(decidedOn) : null);
        item.put("waitingOn", complete && accepted ? date(receivedOn.plusDays(4)) : null);
        item.put("firstSessionOn", complete && waitDays != null ? date(firstSession()) : null);
        item.put("closedOn", complete ? date(closedOn) : null);
        item.put("closureReason", complete ? closureReason : null);
        item.put("erased", erasedNow);
        item.put("changedAt", changedAt);
        return item;
    }

    private Map<String, Object> assessment(
            UUID id,
            String instrument,
            String timepoint,
            String respondent,
            LocalDate on,
            Integer total,
            String band,
            boolean deleted,
            LocalDate changedOn) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("assessmentId", id.toString());
        item.put("referralId", referralId.toString());
        item.put("instrument", instrument);
        item.put("timepoint", timepoint);
        item.put("respondent", respondent);
        item.put("completedOn", on.toString());
        item.put("total", total);
        item.put("band", band);
        item.put("deleted", deleted);
        item.put("changedAt", at(changedOn));
        // First recorded when first published; a correction's snapshot keeps it (it copies the item).
        item.put("recordedAt", at(changedOn));
        return item;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Noon on that day: the same day's changes of one family keep their order by the feed. */
    private static String at(LocalDate date) {
        Instant instant = date.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        return instant.toString();
    }
}
