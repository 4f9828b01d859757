package org.oxpip.outcomes.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oxpip.platform.problem.ProblemException;

/**
 * A positive answer to a self-harm item (PHQ-9 item 9, EPDS item 10) that a clinician must see
 * and acknowledge (docs/design.md, outcomes-service).
 */
@Entity
@Table(name = "risk_alert")
public class RiskAlert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "referral_id")
    public UUID referralId;

    public String instrument;

    public String respondent;

    @Column(name = "risk_items")
    public int[] riskItems;

    @Enumerated(EnumType.STRING)
    public AlertStatus status;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** The clinician's note of what was done: free text, never logged, cleared when the referral is erased. */
    public String note;

    @Version
    public int version;

    public static RiskAlert raise(
            UUID assessmentId,
            UUID referralId,
            String instrument,
            String respondent,
            List<Integer> riskItems,
            Instant now) {
        RiskAlert alert = new RiskAlert();
        alert.id = UUID.randomUUID();
        alert.assessmentId = assessmentId;
        alert.referralId = referralId;
        alert.instrument = instrument;
        alert.respondent = respondent;
        alert.riskItems = riskItems.stream().mapToInt(Integer::intValue).toArray();
        alert.status = AlertStatus.OPEN;
        alert.raisedAt = now;
        alert.persist();
        return alert;
    }

    /** The referral an alert belongs to, read without loading (and so without locking) the alert. */
    static java.util.Optional<UUID> referralOf(UUID alertId) {
        return getEntityManager()
                .createQuery("select a.referralId from RiskAlert a where a.id = :id", UUID.class)
                .setParameter("id", alertId)
                .getResultStream()
                .findFirst();
    }

    public static boolean raisedFor(UUID assessmentId) {
        return count("assessmentId", assessmentId) > 0;
    }

    /** Which of these assessments have had an alert raised. */
    public static Set<UUID> raisedForAny(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return Set.of();
        }
        return RiskAlert.<RiskAlert>list("assessmentId in ?1", assessmentIds).stream()
                .map(a -> a.assessmentId)
                .collect(Collectors.toSet());
    }

    void acknowledge(String by, String note, Instant now) {
        if (status != AlertStatus.OPEN) {
            throw ProblemException.conflict("alert-already-acknowledged", "This alert has already been acknowledged");
        }
        status = AlertStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = now;
        this.note = note;
    }
}
