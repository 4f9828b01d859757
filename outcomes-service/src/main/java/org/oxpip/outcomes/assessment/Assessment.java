package org.oxpip.outcomes.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One completed measure: the answers as given and the result the catalogue's rules computed. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    public String instrument;

    public String timepoint;

    public String respondent;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    public int[] answers;

    public Integer total;

    public String band;

    @Column(name = "risk_flag")
    public boolean riskFlag;

    public boolean deleted;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public static List<Assessment> ofReferral(UUID referralId) {
        return list("referralId = ?1 and deleted = false order by completedOn, createdAt", referralId);
    }
}
