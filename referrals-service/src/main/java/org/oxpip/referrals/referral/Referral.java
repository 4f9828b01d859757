package org.oxpip.referrals.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oxpip.platform.security.Caller;

/**
 * One family's episode of care. Active-record Panache: the service is blocking and small, so the
 * entity carries its own queries; rules live in plain classes (Eligibility, the workflow).
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    @Column(name = "agency_id")
    public String agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    public SourceType sourceType;

    @Enumerated(EnumType.STRING)
    public ReferralStatus status;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "status_changed_on")
    public LocalDate statusChangedOn;

    public String area;

    public boolean eligible;

    @Column(name = "eligibility_reasons")
    public String[] eligibilityReasons;

    @Column(name = "possible_duplicate")
    public boolean possibleDuplicate;

    public boolean pregnant;

    @Column(name = "baby_age_months")
    public Integer babyAgeMonths;

    @Column(name = "funding_stream")
    public String fundingStream;

    @Column(name = "allocated_therapist")
    public String allocatedTherapist;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Column(name = "declined_on")
    public LocalDate declinedOn;

    @Column(name = "redirected_on")
    public LocalDate redirectedOn;

    @Column(name = "waiting_on")
    public LocalDate waitingOn;

    @Column(name = "first_session_on")
    public LocalDate firstSessionOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;

    public String[] concerns;

    // Personal data: cleared on erasure.
    @Column(name = "baby_date_of_birth")
    public LocalDate babyDateOfBirth;

    @Column(name = "baby_due_date")
    public LocalDate babyDueDate;

    public String details;

    @Column(name = "consent_given")
    public Boolean consentGiven;

    @Column(name = "consent_date")
    public LocalDate consentDate;

    @Column(name = "referrer_name")
    public String referrerName;

    @Column(name = "referrer_role")
    public String referrerRole;

    @Column(name = "referrer_organisation")
    public String referrerOrganisation;

    @Column(name = "referrer_email")
    public String referrerEmail;

    @Column(name = "referrer_phone")
    public String referrerPhone;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReferralParent> parents = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    /** Partners see only their own agency's referrals; another's is reported exactly as missing. */
    public boolean visibleTo(Caller caller) {
        return caller.isStaff()
                || (caller.agencyId() != null && caller.agencyId().equals(agencyId));
    }
}
