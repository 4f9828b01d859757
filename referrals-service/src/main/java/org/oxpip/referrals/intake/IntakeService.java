package org.oxpip.referrals.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.feed.FeedWriter;
import org.oxpip.referrals.monitoring.ParentMonitoring;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.referral.ReferralAsSeen;
import org.oxpip.referrals.referral.ReferralParent;
import org.oxpip.referrals.referral.ReferralStatus;
import org.oxpip.referrals.workflow.StatusChange;

/** Records a new referral: checks, eligibility, duplicates, idempotent retries, audit and feed. */
@ApplicationScoped
public class IntakeService {

    @Inject
    EligibilityPolicy policy;

    @Inject
    Duplicates duplicates;

    @Inject
    IdempotencyKeys keys;

    @Inject
    AuditLog audit;

    @Inject
    FeedWriter feed;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /**
     * The referral as the caller may see it, and whether this call created it (false: a retry
     * answered with the original).
     */
    public record Outcome(ReferralAsSeen referral, boolean created) {}

    @Transactional
    public Outcome submit(NewReferral body, Caller caller, String idempotencyKey) {
        LocalDate today = LocalDate.now(clock);
        List<Problem.FieldError> errors = IntakeRules.check(body, caller.isStaff(), today);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            String scope = caller.isStaff() ? "staff:" + caller.actor() : "agency:" + caller.agencyId();
            Optional<IdempotencyKeys.Claim> earlier = keys.claim(scope, idempotencyKey, hash(body), id);
            if (earlier.isPresent()) {
                if (!earlier.get().bodyHash().equals(hash(body))) {
                    throw ProblemException.conflict(
                            "idempotency-key-reused",
                            "This Idempotency-Key was already used with a different request body");
                }
                Referral original = Referral.findById(earlier.get().referralId());
                audit.record(caller, AuditLog.Action.READ, original.id);
                return new Outcome(ReferralAsSeen.of(original, caller), false);
            }
        }
        LocalDate receivedOn = IntakeRules.receivedOn(body, caller.isStaff(), today);
        Referral referral = newReferral(
                id,
                body,
                caller,
                receivedOn,
                nextReference(receivedOn),
                body.parents().stream().anyMatch(duplicates::anyOpenFor));
        referral.persist();
        List<ParentMonitoring> monitoring = new ArrayList<>();
        for (int i = 0; i < body.parents().size(); i++) {
            NewReferral.Parent parent = body.parents().get(i);
            monitoring.add(ParentMonitoring.recordAtIntake(
                    referral.id,
                    i + 1,
                    parent.dateOfBirth(),
                    referral.receivedOn,
                    parent.monitoring(),
                    referral.createdAt));
        }
        StatusChange.record(referral.id, null, ReferralStatus.RECEIVED, referral.receivedOn, null, null, caller);
        audit.record(caller, AuditLog.Action.CREATE, referral.id);
        feed.appendNew(referral, monitoring);
        return new Outcome(ReferralAsSeen.of(referral, caller), true);
    }

    /**
     * A new referral as the intake records it, not yet stored: its area, eligibility and the duplicate flag
     * the caller worked out. An import builds each family with it, so imported and submitted referrals are
     * made alike.
     */
    public Referral newReferral(
            UUID id,
            NewReferral body,
            Caller caller,
            LocalDate receivedOn,
            String reference,
            boolean possibleDuplicate) {
        Referral r = new Referral();
        r.id = id;
        r.reference = reference;
        r.agencyId = caller.isStaff() ? null : caller.agencyId();
        r.sourceType = caller.isStaff() ? body.sourceType() : body.referrer().role();
        r.status = ReferralStatus.RECEIVED;
        r.receivedOn = receivedOn;
        r.statusChangedOn = receivedOn;
        String district = Postcode.district(body.parents().get(0).postcode()).orElse(null);
        r.area = district;
        Eligibility eligibility = Eligibility.judge(
                receivedOn, body.baby().dateOfBirth(), body.baby().dueDate(), district, policy);
        r.eligible = eligibility.eligible();
        r.eligibilityReasons = eligibility.reasons().toArray(String[]::new);
        r.possibleDuplicate = possibleDuplicate;
        r.pregnant = body.baby().dateOfBirth() == null;
        r.babyAgeMonths =
                r.pregnant ? null : Eligibility.ageInMonths(body.baby().dateOfBirth(), receivedOn);
        r.fundingStream = body.fundingStream();
        r.concerns = body.concerns().stream().distinct().map(Enum::name).toArray(String[]::new);
        r.babyDateOfBirth = body.baby().dateOfBirth();
        r.babyDueDate = body.baby().dueDate();
        r.details = body.details();
        r.consentGiven = body.consent().given();
        r.consentDate = body.consent().date();
        if (body.referrer() != null) {
            r.referrerName = body.referrer().name();
            r.referrerRole = body.referrer().role().name();
            r.referrerOrganisation = body.referrer().organisation();
            r.referrerEmail = body.referrer().email();
            r.referrerPhone = body.referrer().phone();
        }
        for (int i = 0; i < body.parents().size(); i++) {
            r.parents.add(parent(r, i + 1, body.parents().get(i)));
        }
        r.createdAt = Instant.now(clock);
        r.updatedAt = r.createdAt;
        return r;
    }

    private static ReferralParent parent(Referral referral, int position, NewReferral.Parent given) {
        ReferralParent p = new ReferralParent();
        p.id = UUID.randomUUID();
        p.referral = referral;
        p.position = position;
        p.givenName = given.givenName().trim();
        p.familyName = given.familyName().trim();
        p.dateOfBirth = given.dateOfBirth();
        String nhs = NhsNumber.normalise(given.nhsNumber());
        p.nhsNumber = nhs == null || nhs.isBlank() ? null : nhs;
        p.postcode = Postcode.normalise(given.postcode()).orElseThrow();
        p.phone = given.phone();
        p.email = given.email();
        return p;
    }

    /** The next {@code count} numbers for references, in one round trip (an import's families). */
    public static List<Long> referenceNumbers(int count) {
        @SuppressWarnings("unchecked")
        List<Number> numbers = Referral.getEntityManager()
                .createNativeQuery("SELECT nextval('referral_reference_seq') FROM generate_series(1, ?1)")
                .setParameter(1, count)
                .getResultList();
        return numbers.stream().map(Number::longValue).toList();
    }

    public static String reference(LocalDate receivedOn, long number) {
        return String.format("R-%d-%06d", receivedOn.getYear(), number);
    }

    private static String nextReference(LocalDate receivedOn) {
        long n = ((Number) Referral.getEntityManager()
                        .createNativeQuery("SELECT nextval('referral_reference_seq')")
                        .getSingleResult())
                .longValue();
        return reference(receivedOn, n);
    }

    private String hash(NewReferral body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not fingerprint the request", e);
        }
    }
}
