package org.oxpip.referrals.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A parent named on a referral (one or two). Every field but the position is personal data. */
@Entity
@Table(name = "referral_parent")
public class ReferralParent extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    public Referral referral;

    public int position;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "nhs_number")
    public String nhsNumber;

    public String postcode;

    public String phone;

    public String email;
}
