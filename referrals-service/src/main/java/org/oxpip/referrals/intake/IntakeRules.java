package org.oxpip.referrals.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.referrals.referral.SourceType;

/**
 * The checks on a new referral that need more than one field or today's date. Pure: the caller
 * gives "today" and whether staff are entering it. Messages never repeat the value given.
 */
public final class IntakeRules {

    /** Earliest date a record may carry: the charity's spreadsheets go back no further. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    static final int YOUNGEST_PARENT = 12;
    static final int OLDEST_PARENT = 65;
    /** A pregnancy can run up to six weeks past its due date before the baby is born. */
    static final int OVERDUE_DAYS = 42;

    static final int LONGEST_PREGNANCY_MONTHS = 12;
    /** A baby older than this is not a typo of an eligible one: it's a wrong date. */
    static final int OLDEST_CHILD_YEARS = 6;

    /** Letters of any alphabet, spaces, full stops, apostrophes and hyphens: no digits or symbols. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{M} .'\\-]+");

    private IntakeRules() {}

    /** The day the referral counts as received: a partner's when it arrives, staff may give an earlier one. */
    public static LocalDate receivedOn(NewReferral referral, boolean staff, LocalDate today) {
        return staff && referral.receivedOn() != null ? referral.receivedOn() : today;
    }

    public static List<FieldError> check(NewReferral referral, boolean staff, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate received = receivedOn(referral, staff, today);
        checkSource(referral, staff, today, errors);
        if (referral.consent() != null) {
            if (!Boolean.TRUE.equals(referral.consent().given())) {
                errors.add(new FieldError("consent.given", "must be true: the parent must agree to the referral"));
            }
            LocalDate date = referral.consent().date();
            if (date != null && date.isAfter(today)) {
                errors.add(new FieldError("consent.date", "must not be in the future"));
            } else if (date != null && date.isBefore(EARLIEST)) {
                errors.add(new FieldError("consent.date", "is implausibly early"));
            }
        }
        if (referral.parents() != null) {
            for (int i = 0; i < referral.parents().size(); i++) {
                checkParent(referral.parents().get(i), "parents[" + i + "]", received, errors);
            }
        }
        if (referral.baby() != null) {
            checkBaby(referral.baby(), received, errors);
        }
        return errors;
    }

    private static void checkSource(NewReferral referral, boolean staff, LocalDate today, List<FieldError> errors) {
        if (staff) {
            if (referral.sourceType() == null) {
                errors.add(new FieldError("sourceType", "is required when staff enter a referral"));
            }
            if (referral.receivedOn() != null && referral.receivedOn().isAfter(today)) {
                errors.add(new FieldError("receivedOn", "must not be in the future"));
            } else if (referral.receivedOn() != null && referral.receivedOn().isBefore(EARLIEST)) {
                errors.add(new FieldError("receivedOn", "is implausibly early"));
            }
        } else {
            if (referral.sourceType() != null) {
                errors.add(
                        new FieldError("sourceType", "is set by staff only: a partner's comes from its referrer role"));
            }
            if (referral.receivedOn() != null) {
                errors.add(new FieldError(
                        "receivedOn", "is set by staff only: a partner's referral is received when it arrives"));
            }
        }
        boolean self = staff && referral.sourceType() == SourceType.SELF;
        if (referral.referrer() == null && !self) {
            errors.add(new FieldError("referrer", "is required unless the parent referred themselves"));
        }
        if (referral.referrer() != null && referral.referrer().role() == SourceType.SELF) {
            errors.add(new FieldError(
                    "referrer.role", "must be a professional role; a self-referral has sourceType SELF"));
        }
    }

    private static void checkParent(
            NewReferral.Parent parent, String field, LocalDate received, List<FieldError> errors) {
        if (parent == null) {
            return;
        }
        for (String[] name : new String[][] {{"givenName", parent.givenName()}, {"familyName", parent.familyName()}}) {
            if (name[1] != null && !name[1].isBlank() && !NAME.matcher(name[1]).matches()) {
                errors.add(new FieldError(field + "." + name[0], "must be a name (letters, spaces, . ' -)"));
            }
        }
        LocalDate born = parent.dateOfBirth();
        if (born != null
                && (born.isAfter(received.minusYears(YOUNGEST_PARENT))
                        || born.isBefore(received.minusYears(OLDEST_PARENT)))) {
            errors.add(new FieldError(
                    field + ".dateOfBirth",
                    "is not plausible for a parent (aged " + YOUNGEST_PARENT + " to " + OLDEST_PARENT + ")"));
        }
        if (parent.nhsNumber() != null && !parent.nhsNumber().isBlank() && !NhsNumber.isValid(parent.nhsNumber())) {
            errors.add(new FieldError(
                    field + ".nhsNumber", "is not a valid NHS number (10 digits with a correct check digit)"));
        }
        if (parent.postcode() != null
                && !parent.postcode().isBlank()
                && Postcode.normalise(parent.postcode()).isEmpty()) {
            errors.add(new FieldError(field + ".postcode", "is not a UK postcode"));
        }
    }

    private static void checkBaby(NewReferral.Baby baby, LocalDate received, List<FieldError> errors) {
        if ((baby.dateOfBirth() == null) == (baby.dueDate() == null)) {
            errors.add(new FieldError("baby", "must give exactly one of dateOfBirth or dueDate"));
            return;
        }
        if (baby.dateOfBirth() != null) {
            if (baby.dateOfBirth().isAfter(received)) {
                errors.add(new FieldError("baby.dateOfBirth", "must not be after the day the referral was received"));
            } else if (baby.dateOfBirth().isBefore(received.minusYears(OLDEST_CHILD_YEARS))) {
                errors.add(new FieldError("baby.dateOfBirth", "is not plausible for a baby"));
            }
        } else if (baby.dueDate().isBefore(received.minusDays(OVERDUE_DAYS))) {
            errors.add(new FieldError("baby.dueDate", "is long past: give the baby's dateOfBirth instead"));
        } else if (baby.dueDate().isAfter(received.plusMonths(LONGEST_PREGNANCY_MONTHS))) {
            errors.add(new FieldError("baby.dueDate", "is too far ahead to be a pregnancy"));
        }
    }
}
