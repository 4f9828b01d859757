package org.oxpip.referrals.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.referrals.referral.Concern;
import org.oxpip.referrals.referral.SourceType;

/**
 * The intake checks that need more than one field or the day's date (referrals-service README, "Intake
 * checks"; docs/design.md, referral intake and "records entered after the fact"), on a fixed day so that
 * every boundary is a date worked out by hand: today is 2025-03-10. Each row changes a valid referral and
 * lists every error expected, field and message, in the order they are reported.
 */
class IntakeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // A partner's referral as the contract shows it, and a staff one with its source: nothing to say.
                "partner |                                            | ",
                "staff   | sourceType=GP                              | ",
                // Consent: given, dated, not in the future, not before the charity's records begin (2000-01-01).
                "partner | consent.given=false                        | consent.given: must be true: the parent must agree to the referral",
                "partner | consent.given=null                         | consent.given: must be true: the parent must agree to the referral",
                "partner | consent.date=2025-03-10                    | ",
                "partner | consent.date=2025-03-11                    | consent.date: must not be in the future",
                "partner | consent.date=2000-01-01                    | ",
                "partner | consent.date=1999-12-31                    | consent.date: is implausibly early",
                "partner | consent.date=null                          | ",
                "partner | consent=null                               | ",
                // Staff say how the referral came in and may back-date it, never into the future or before 2000.
                "staff   |                                            | sourceType: is required when staff enter a referral",
                "staff   | sourceType=GP; receivedOn=2025-03-10       | ",
                "staff   | sourceType=GP; receivedOn=2025-03-11       | receivedOn: must not be in the future",
                "staff   | sourceType=GP; receivedOn=2000-01-01; parents=null; baby=null | ",
                "staff   | sourceType=GP; receivedOn=1999-12-31; parents=null; baby=null | receivedOn: is implausibly early",
                // A partner's source is its referrer role, and its referral is received when it arrives.
                "partner | sourceType=GP                              | sourceType: is set by staff only: a partner's comes from its referrer role",
                "partner | receivedOn=2025-03-01                      | receivedOn: is set by staff only: a partner's referral is received when it arrives",
                // Only a self-referral, entered by staff, has no referrer; a referrer is never SELF.
                "staff   | sourceType=SELF; referrer=null             | ",
                "staff   | sourceType=GP; referrer=null               | referrer: is required unless the parent referred themselves",
                "partner | referrer=null                              | referrer: is required unless the parent referred themselves",
                "partner | sourceType=SELF; referrer=null             | sourceType: is set by staff only: a partner's comes from its referrer role; referrer: is required unless the parent referred themselves",
                "partner | referrer.role=SELF                         | referrer.role: must be a professional role; a self-referral has sourceType SELF",
                "staff   | sourceType=SELF; referrer.role=SELF        | referrer.role: must be a professional role; a self-referral has sourceType SELF",
                // Names: letters of any alphabet, spaces, . ' - (blank and missing are the field constraints' to
                // report).
                "partner | parents[0].givenName=Zoë-Ann               | ",
                "partner | parents[0].familyName=O'Brien St. Łukasz   | ",
                "partner | parents[0].givenName=R2D2                  | parents[0].givenName: must be a name (letters, spaces, . ' -)",
                "partner | parents[0].familyName=Khan!                | parents[0].familyName: must be a name (letters, spaces, . ' -)",
                "partner | parents[0].familyName='   '                | ",
                "partner | parents[0].givenName=null                  | ",
                // A parent aged 12 to 65 on the day received: born on or after 1960-03-10, on or before 2013-03-10.
                "partner | parents[0].dateOfBirth=2013-03-10          | ",
                "partner | parents[0].dateOfBirth=2013-03-11          | parents[0].dateOfBirth: is not plausible for a parent (aged 12 to 65)",
                "partner | parents[0].dateOfBirth=1960-03-10          | ",
                "partner | parents[0].dateOfBirth=1960-03-09          | parents[0].dateOfBirth: is not plausible for a parent (aged 12 to 65)",
                "partner | parents[0].dateOfBirth=null                | ",
                // ... on the day received, not today: 12 on 2025-03-10 but 11 on the back-dated 2024-03-10.
                "staff   | sourceType=GP; receivedOn=2024-03-10; baby=null; parents[0].dateOfBirth=2012-03-10 | ",
                "staff   | sourceType=GP; receivedOn=2024-03-10; baby=null; parents[0].dateOfBirth=2012-03-11 | parents[0].dateOfBirth: is not plausible for a parent (aged 12 to 65)",
                // NHS number optional; when given, the modulus-11 check (NhsNumberTest has the arithmetic).
                "partner | parents[0].nhsNumber=943 476 5919          | ",
                "partner | parents[0].nhsNumber=9434765918            | parents[0].nhsNumber: is not a valid NHS number (10 digits with a correct check digit)",
                "partner | parents[0].nhsNumber='  '                  | ",
                "partner | parents[0].nhsNumber=null                  | ",
                // Postcode: a UK one (PostcodeTest has the formats); blank and missing are the field constraints'.
                "partner | parents[0].postcode=ox11 7hj               | ",
                "partner | parents[0].postcode=OX11                   | parents[0].postcode: is not a UK postcode",
                "partner | parents[0].postcode='  '                   | ",
                "partner | parents[0].postcode=null                   | ",
                // The second parent is checked too, and named by its place.
                "partner | parents=2; parents[1].nhsNumber=1234567890 | parents[1].nhsNumber: is not a valid NHS number (10 digits with a correct check digit)",
                "partner | parents=2; parents[0].familyName=R2D2; parents[1].postcode=12345 | parents[0].familyName: must be a name (letters, spaces, . ' -); parents[1].postcode: is not a UK postcode",
                "partner | parents[0]=null                            | ",
                "partner | parents=null                               | ",
                // The baby: born (not after the day received, at most 6 years before it) or due, exactly one.
                "partner | baby.dueDate=2025-06-01                    | baby: must give exactly one of dateOfBirth or dueDate",
                "partner | baby.dateOfBirth=null                      | baby: must give exactly one of dateOfBirth or dueDate",
                "partner | baby.dateOfBirth=2025-03-11; baby.dueDate=2025-06-01 | baby: must give exactly one of dateOfBirth or dueDate",
                "partner | baby.dateOfBirth=2025-03-10                | ",
                "partner | baby.dateOfBirth=2025-03-11                | baby.dateOfBirth: must not be after the day the referral was received",
                "partner | baby.dateOfBirth=2019-03-10                | ",
                "partner | baby.dateOfBirth=2019-03-09                | baby.dateOfBirth: is not plausible for a baby",
                "staff   | sourceType=GP; receivedOn=2025-01-10; baby.dateOfBirth=2025-01-11 | baby.dateOfBirth: must not be after the day the referral was received",
                // ... a due date up to six weeks (42 days) past, up to 12 months ahead: 2025-01-27 to 2026-03-10.
                "partner | baby.dateOfBirth=null; baby.dueDate=2025-01-27 | ",
                "partner | baby.dateOfBirth=null; baby.dueDate=2025-01-26 | baby.dueDate: is long past: give the baby's dateOfBirth instead",
                "partner | baby.dateOfBirth=null; baby.dueDate=2026-03-10 | ",
                "partner | baby.dateOfBirth=null; baby.dueDate=2026-03-11 | baby.dueDate: is too far ahead to be a pregnancy",
                "staff   | sourceType=GP; receivedOn=2024-03-10; baby.dateOfBirth=null; baby.dueDate=2025-03-11 | baby.dueDate: is too far ahead to be a pregnancy",
                "partner | baby=null                                  | ",
                // Every error at once, in the order the rules run: source, consent, parents, baby.
                "partner | receivedOn=2025-03-01; consent.given=false; consent.date=2025-03-11; parents[0].postcode=OX11; baby.dateOfBirth=2025-03-11 | receivedOn: is set by staff only: a partner's referral is received when it arrives; consent.given: must be true: the parent must agree to the referral; consent.date: must not be in the future; parents[0].postcode: is not a UK postcode; baby.dateOfBirth: must not be after the day the referral was received",
            })
    void shouldReportEachRuleAgainstItsField(String who, String changes, String expected) {
        NewReferral referral = Changes.apply(valid(), changes);
        assertEquals(errors(expected), IntakeRules.check(referral, who.equals("staff"), TODAY));
    }

    @ParameterizedTest(name = "{0}, receivedOn {1}: received {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "staff,   2024-11-01, 2024-11-01",
                "staff,   null,       2025-03-10",
                // a partner's date is refused by check(); were it ever let through, it would still not count
                "partner, 2024-11-01, 2025-03-10",
                "partner, null,       2025-03-10",
            })
    void shouldTakeTheDayReceivedFromStaffOnly(String who, LocalDate given, LocalDate received) {
        NewReferral referral = Changes.apply(valid(), "receivedOn=" + given);
        assertEquals(received, IntakeRules.receivedOn(referral, who.equals("staff"), TODAY));
    }

    /** The contract's example, received today. */
    private static NewReferral valid() {
        return new NewReferral(
                new NewReferral.Referrer("Sam Carter", SourceType.HEALTH_VISITOR, "Didcot Health Centre", null, null),
                List.of(parent()),
                new NewReferral.Baby(LocalDate.of(2024, 11, 2), null),
                List.of(Concern.LOW_MOOD, Concern.BONDING_DIFFICULTY),
                "free text",
                new NewReferral.Consent(true, LocalDate.of(2024, 12, 1)),
                "DIDCOT_POWERHOUSE",
                null,
                null);
    }

    static NewReferral.Parent parent() {
        return new NewReferral.Parent("Amira", "Khan", LocalDate.of(1993, 4, 2), "9434765919", "OX11 7HJ", null, null);
    }

    private static List<FieldError> errors(String expected) {
        if (expected == null || expected.isBlank()) {
            return List.of();
        }
        return Arrays.stream(expected.split("; (?=[a-zA-Z\\[\\].0-9]+: )"))
                .map(error -> error.split(": ", 2))
                .map(parts -> new FieldError(parts[0].trim(), parts[1].trim()))
                .toList();
    }

    /** "field=value; field=value" applied to the records of a referral: the small language of the table. */
    private static final class Changes {

        private Changes() {}

        static NewReferral apply(NewReferral referral, String changes) {
            NewReferral changed = referral;
            if (changes != null && !changes.isBlank()) {
                for (String change : changes.split(";")) {
                    String[] parts = change.split("=", 2);
                    changed = one(changed, parts[0].trim(), value(parts[1]));
                }
            }
            return changed;
        }

        private static String value(String raw) {
            // A value of spaces is written quoted, as CSV would otherwise trim it away.
            String text = raw.strip();
            if (text.equals("null")) {
                return null;
            }
            return text.startsWith("'") ? text.substring(1, text.length() - 1) : text;
        }

        private static NewReferral one(NewReferral r, String field, String value) {
            NewReferral.Referrer ref = r.referrer();
            NewReferral.Consent consent = r.consent();
            NewReferral.Baby baby = r.baby();
            LocalDate date = isDate(field) && value != null ? LocalDate.parse(value) : null;
            if (field.startsWith("parents")) {
                return withParents(r, parents(r.parents(), field, value, date));
            }
            return switch (field) {
                case "referrer" ->
                    new NewReferral(
                            null,
                            r.parents(),
                            baby,
                            r.concerns(),
                            r.details(),
                            consent,
                            r.fundingStream(),
                            r.sourceType(),
                            r.receivedOn());
                case "referrer.role" ->
                    new NewReferral(
                            new NewReferral.Referrer(
                                    ref.name(),
                                    SourceType.valueOf(value),
                                    ref.organisation(),
                                    ref.email(),
                                    ref.phone()),
                            r.parents(),
                            baby,
                            r.concerns(),
                            r.details(),
                            consent,
                            r.fundingStream(),
                            r.sourceType(),
                            r.receivedOn());
                case "sourceType" ->
                    new NewReferral(
                            ref,
                            r.parents(),
                            baby,
                            r.concerns(),
                            r.details(),
                            consent,
                            r.fundingStream(),
                            value == null ? null : SourceType.valueOf(value),
                            r.receivedOn());
                case "receivedOn" ->
                    new NewReferral(
                            ref,
                            r.parents(),
                            baby,
                            r.concerns(),
                            r.details(),
                            consent,
                            r.fundingStream(),
                            r.sourceType(),
                            date);
                case "consent" ->
                    new NewReferral(
                            ref,
                            r.parents(),
                            baby,
                            r.concerns(),
                            r.details(),
                            null,
                            r.fundingStream(),
                            r.sourceType(),
                            r.receivedOn());
                case "consent.given" ->
                    new NewReferral(
                            ref,
                            r.parents(),
                            baby,
                            r.concerns(),
                            r.details(),
                            new NewReferral.Consent(value == null ? null : Boolean.valueOf(value), consent.date()),
                            r.fundingStream(),
                            r.sourceType(),
                            r.receivedOn());
                case "consent.date" ->
                    new NewReferral(
                            ref,
                            r.parents(),
                            baby,
                            r.concerns(),
                            r.details(),
                            new NewReferral.Consent(consent.given(), date),
                            r.fundingStream(),
                            r.sourceType(),
                            r.receivedOn());
                case "baby" ->
                    new NewReferral(
                            ref,
                            r.parents(),
                            null,
                            r.concerns(),
                            r.details(),
                            consent,
                            r.fundingStream(),
                            r.sourceType(),
                            r.receivedOn());
                case "baby.dateOfBirth" ->
                    new NewReferral(
                            ref,
                            r.parents(),
                            new NewReferral.Baby(date, baby.dueDate()),
                            r.concerns(),
                            r.details(),
                            consent,
                            r.fundingStream(),
                            r.sourceType(),
                            r.receivedOn());
                case "baby.dueDate" ->
                    new NewReferral(
                            ref,
                            r.parents(),
                            new NewReferral.Baby(baby.dateOfBirth(), date),
                            r.concerns(),
                            r.details(),
                            consent,
                            r.fundingStream(),
                            r.sourceType(),
                            r.receivedOn());
                default -> throw new IllegalArgumentException("No such change in the table's language: " + field);
            };
        }

        private static boolean isDate(String field) {
            return field.endsWith("date")
                    || field.endsWith("Date")
                    || field.endsWith("dateOfBirth")
                    || field.equals("receivedOn");
        }

        private static NewReferral withParents(NewReferral r, List<NewReferral.Parent> parents) {
            return new NewReferral(
                    r.referrer(),
                    parents,
                    r.baby(),
                    r.concerns(),
                    r.details(),
                    r.consent(),
                    r.fundingStream(),
                    r.sourceType(),
                    r.receivedOn());
        }

        private static List<NewReferral.Parent> parents(
                List<NewReferral.Parent> parents, String field, String value, LocalDate date) {
            if (field.equals("parents")) {
                if (value == null) {
                    return null;
                }
                List<NewReferral.Parent> more = new ArrayList<>();
                for (int i = 0; i < Integer.parseInt(value); i++) {
                    more.add(parent());
                }
                return more;
            }
            int index = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
            List<NewReferral.Parent> changed = new ArrayList<>(parents);
            NewReferral.Parent p = parents.get(index);
            String part = field.substring(field.indexOf(']') + 1);
            changed.set(
                    index,
                    switch (part) {
                        case "" -> null;
                        case ".givenName" ->
                            new NewReferral.Parent(
                                    value,
                                    p.familyName(),
                                    p.dateOfBirth(),
                                    p.nhsNumber(),
                                    p.postcode(),
                                    p.phone(),
                                    p.email());
                        case ".familyName" ->
                            new NewReferral.Parent(
                                    p.givenName(),
                                    value,
                                    p.dateOfBirth(),
                                    p.nhsNumber(),
                                    p.postcode(),
                                    p.phone(),
                                    p.email());
                        case ".dateOfBirth" ->
                            new NewReferral.Parent(
                                    p.givenName(),
                                    p.familyName(),
                                    date,
                                    p.nhsNumber(),
                                    p.postcode(),
                                    p.phone(),
                                    p.email());
                        case ".nhsNumber" ->
                            new NewReferral.Parent(
                                    p.givenName(),
                                    p.familyName(),
                                    p.dateOfBirth(),
                                    value,
                                    p.postcode(),
                                    p.phone(),
                                    p.email());
                        case ".postcode" ->
                            new NewReferral.Parent(
                                    p.givenName(),
                                    p.familyName(),
                                    p.dateOfBirth(),
                                    p.nhsNumber(),
                                    value,
                                    p.phone(),
                                    p.email());
                        default ->
                            throw new IllegalArgumentException("No such parent field in the table's language: " + part);
                    });
            return changed;
        }
    }
}
