package org.oxpip.outcomes.feedback;

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
import java.util.Optional;
import java.util.UUID;

/**
 * A parent's comment a manager approved for funders' reports: the text as approved (edited, or the comment as
 * written), beside the original, which stays on the questionnaire. One per questionnaire; withdrawing keeps the
 * row (and, inside this service, the approved text), an erasure clears the text.
 */
@Entity
@Table(name = "feedback_quote")
public class Quote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    public QuoteStatus status;

    @Column(name = "funding_streams")
    public String[] fundingStreams;

    /** Free text, though de-identified by the manager: never logged; null once erased. */
    public String text;

    public boolean edited;

    /** The first day of the month the parent gave the feedback: all of the date a report shows. */
    public LocalDate month;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    static Optional<Quote> ofAssessment(UUID assessmentId) {
        return find("assessmentId", assessmentId).firstResultOptional();
    }

    public boolean approved() {
        return status == QuoteStatus.APPROVED;
    }

    void approve(List<String> streams, String approvedText, boolean wasEdited, String by, Instant now) {
        status = QuoteStatus.APPROVED;
        fundingStreams = streams.toArray(String[]::new);
        text = approvedText;
        edited = wasEdited;
        approvedBy = by;
        approvedAt = now;
        withdrawnBy = null;
        withdrawnAt = null;
        withdrawalReason = null;
        updatedAt = now;
    }

    void edit(List<String> streams, String approvedText, boolean wasEdited, Instant now) {
        fundingStreams = streams.toArray(String[]::new);
        text = approvedText;
        edited = wasEdited;
        updatedAt = now;
    }

    void withdraw(String reason, String by, Instant now) {
        status = QuoteStatus.WITHDRAWN;
        withdrawnBy = by;
        withdrawnAt = now;
        withdrawalReason = reason;
        updatedAt = now;
    }
}
