package org.oxpip.referrals.monitoring;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A parent's equality monitoring codes and age band at referral. Not personal data on its own (no name,
 * no date of birth), so erasure keeps it: past years' reach figures need it, as they need the scores.
 */
@Entity
@Table(name = "parent_monitoring")
public class ParentMonitoring extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    public int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    public AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "ethnic_group")
    public EthnicGroup ethnicGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_to_baby")
    public RelationshipToBaby relationshipToBaby;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_time_parent")
    public Answer firstTimeParent;

    @Enumerated(EnumType.STRING)
    public Answer disability;

    @Enumerated(EnumType.STRING)
    @Column(name = "needs_interpreter")
    public Answer needsInterpreter;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    /** A parent's monitoring as given at intake (or all NOT_ASKED), in the current transaction. */
    public static ParentMonitoring recordAtIntake(
            UUID referralId, int position, LocalDate dateOfBirth, LocalDate receivedOn, Monitoring given, Instant now) {
        ParentMonitoring m = atIntake(referralId, position, dateOfBirth, receivedOn, given, now);
        m.persist();
        return m;
    }

    /** The same, not yet stored (an import stores each family's after the family itself). */
    public static ParentMonitoring atIntake(
            UUID referralId, int position, LocalDate dateOfBirth, LocalDate receivedOn, Monitoring given, Instant now) {
        ParentMonitoring m = new ParentMonitoring();
        m.id = UUID.randomUUID();
        m.referralId = referralId;
        m.position = position;
        m.ageBand = dateOfBirth == null ? null : AgeBand.of(dateOfBirth, receivedOn);
        m.take(given == null ? Monitoring.NOT_ASKED : given, now);
        return m;
    }

    void take(Monitoring given, Instant now) {
        ethnicGroup = given.ethnicGroup() == null ? EthnicGroup.NOT_ASKED : given.ethnicGroup();
        relationshipToBaby =
                given.relationshipToBaby() == null ? RelationshipToBaby.NOT_ASKED : given.relationshipToBaby();
        firstTimeParent = orNotAsked(given.firstTimeParent());
        disability = orNotAsked(given.disability());
        needsInterpreter = orNotAsked(given.needsInterpreter());
        updatedAt = now;
    }

    private static Answer orNotAsked(Answer answer) {
        return answer == null ? Answer.NOT_ASKED : answer;
    }

    public static List<ParentMonitoring> ofReferral(UUID referralId) {
        return list("referralId = ?1 order by position", referralId);
    }

    /** The monitoring of many referrals' parents, in order, read a thousand referrals at a time. */
    public static Map<UUID, List<ParentMonitoring>> ofReferrals(List<UUID> referralIds) {
        Map<UUID, List<ParentMonitoring>> monitoring = new HashMap<>();
        for (int from = 0; from < referralIds.size(); from += 1000) {
            List<UUID> part = referralIds.subList(from, Math.min(referralIds.size(), from + 1000));
            ParentMonitoring.<ParentMonitoring>list("referralId in ?1 order by position", part)
                    .forEach(m -> monitoring
                            .computeIfAbsent(m.referralId, id -> new ArrayList<>())
                            .add(m));
        }
        return monitoring;
    }

    public static Optional<ParentMonitoring> of(UUID referralId, int position) {
        return find("referralId = ?1 and position = ?2", referralId, position).firstResultOptional();
    }
}
