package org.oxpip.outcomes.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oxpip.outcomes.feedback.CommentsConsent;
import org.oxpip.outcomes.scoring.Score;

/** One completed measure: the answers as given and the result the catalogue's rules computed. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    public String instrument;

    @Enumerated(EnumType.STRING)
    public Timepoint timepoint;

    @Enumerated(EnumType.STRING)
    public Respondent respondent;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** The item scores; null for a totals-only measure (imported from records that kept only the total). */
    public int[] answers;

    /** Free text (satisfaction only): personal data, never logged, never in the feed, cleared by an erasure. */
    public String comments;

    /** The parent's consent for the comments (SATISFACTION only; null for other instruments). */
    @Enumerated(EnumType.STRING)
    @Column(name = "comments_consent")
    public CommentsConsent commentsConsent;

    @Column(name = "comments_consent_on")
    public LocalDate commentsConsentOn;

    /** The id a manager curates this questionnaire's comments by (SATISFACTION only): never the referral's. */
    @Column(name = "feedback_id")
    public UUID feedbackId;

    /** The referral's funding stream as referrals-service gave it when this was recorded or last corrected. */
    @Column(name = "funding_stream")
    public String fundingStream;

    public Integer total;

    public String band;

    /** Null (unknown) for a totals-only measure: its risk items were never kept. */
    @Column(name = "risk_flag")
    public Boolean riskFlag;

    public boolean deleted;

    @Column(name = "deleted_reason")
    public String deletedReason;

    @Column(name = "deleted_by")
    public String deletedBy;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** When first recorded: a correction never moves it. Same-day scores are ordered by it (ScorePoint). */
    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public static List<Assessment> ofReferral(UUID referralId) {
        return list("referralId = ?1 and deleted = false order by completedOn, createdAt, id", referralId);
    }

    public static Assessment record(
            UUID referralId,
            String instrument,
            Timepoint timepoint,
            Respondent respondent,
            LocalDate completedOn,
            Score score,
            Comments comments,
            String recordedBy,
            Instant now) {
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.referralId = referralId;
        a.instrument = instrument;
        a.recordedBy = recordedBy;
        a.createdAt = now;
        a.feedbackId = comments.taken() ? UUID.randomUUID() : null;
        a.apply(timepoint, respondent, completedOn, score, comments, now);
        return a;
    }

    /**
     * A measure imported from old records with its item answers: the spreadsheet carries no comments, so there is
     * no feedback to curate and no consent to keep (a satisfaction questionnaire still counts as received).
     */
    public static Assessment imported(
            UUID referralId,
            String instrument,
            Timepoint timepoint,
            Respondent respondent,
            LocalDate completedOn,
            Score score,
            String recordedBy,
            Instant now) {
        return record(
                referralId,
                instrument,
                timepoint,
                respondent,
                completedOn,
                score,
                Comments.of(false, null, null, null, null),
                recordedBy,
                now);
    }

    /**
     * A measure imported from old records that kept only its total: the total and its band, no answers, and
     * a risk flag that is unknown (null). It pairs and counts like any other measure.
     */
    public static Assessment totalOnly(
            UUID referralId,
            String instrument,
            Timepoint timepoint,
            Respondent respondent,
            LocalDate completedOn,
            int total,
            String band,
            String recordedBy,
            Instant now) {
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.referralId = referralId;
        a.instrument = instrument;
        a.recordedBy = recordedBy;
        a.createdAt = now;
        a.timepoint = timepoint;
        a.respondent = respondent;
        a.completedOn = completedOn;
        a.total = total;
        a.band = band;
        a.updatedAt = now;
        return a;
    }

    void correct(
            Timepoint timepoint,
            Respondent respondent,
            LocalDate completedOn,
            Score score,
            Comments comments,
            Instant now) {
        apply(timepoint, respondent, completedOn, score, comments, now);
    }

    void delete(String reason, String by, Instant now) {
        deleted = true;
        deletedReason = reason;
        deletedBy = by;
        deletedAt = now;
        updatedAt = now;
    }

    private void apply(
            Timepoint timepoint,
            Respondent respondent,
            LocalDate completedOn,
            Score score,
            Comments comments,
            Instant now) {
        this.timepoint = timepoint;
        this.respondent = respondent;
        this.completedOn = completedOn;
        this.answers = score.answersArray();
        this.total = score.total();
        this.band = score.band();
        this.riskFlag = score.riskFlag();
        this.comments = comments.text();
        this.commentsConsent = comments.consent();
        this.commentsConsentOn = comments.consentOn();
        this.fundingStream = comments.fundingStream();
        this.updatedAt = now;
    }
}
