package org.oxpip.outcomes.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oxpip.outcomes.feedback.CommentsConsent;

/** A version of an assessment that a correction or deletion replaced, with who, when and why. */
@Entity
@Table(name = "assessment_version")
public class AssessmentVersion extends PanacheEntityBase {

    public enum Change {
        CORRECTED,
        DELETED
    }

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    public int version;

    @Enumerated(EnumType.STRING)
    public Timepoint timepoint;

    @Enumerated(EnumType.STRING)
    public Respondent respondent;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    public int[] answers;

    public String comments;

    @Enumerated(EnumType.STRING)
    @Column(name = "comments_consent")
    public CommentsConsent commentsConsent;

    @Column(name = "comments_consent_on")
    public LocalDate commentsConsentOn;

    public Integer total;

    public String band;

    @Column(name = "risk_flag")
    public Boolean riskFlag;

    @Enumerated(EnumType.STRING)
    public Change change;

    /** Why it was replaced: free text, cleared (null) by an erasure like the comments. */
    public String reason;

    @Column(name = "replaced_by")
    public String replacedBy;

    @Column(name = "replaced_at")
    public Instant replacedAt;

    static AssessmentVersion keep(Assessment current, Change change, String reason, String by, Instant now) {
        AssessmentVersion v = new AssessmentVersion();
        v.id = UUID.randomUUID();
        v.assessmentId = current.id;
        v.version = current.version;
        v.timepoint = current.timepoint;
        v.respondent = current.respondent;
        v.completedOn = current.completedOn;
        v.answers = current.answers == null ? null : current.answers.clone();
        v.comments = current.comments;
        v.commentsConsent = current.commentsConsent;
        v.commentsConsentOn = current.commentsConsentOn;
        v.total = current.total;
        v.band = current.band;
        v.riskFlag = current.riskFlag;
        v.change = change;
        v.reason = reason;
        v.replacedBy = by;
        v.replacedAt = now;
        return v;
    }

    static List<AssessmentVersion> of(UUID assessmentId) {
        return list("assessmentId = ?1 order by version", assessmentId);
    }
}
