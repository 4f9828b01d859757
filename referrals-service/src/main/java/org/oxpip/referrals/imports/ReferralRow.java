package org.oxpip.referrals.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oxpip.platform.imports.ImportDates;
import org.oxpip.platform.imports.ImportProblem;
import org.oxpip.platform.imports.ImportSheet;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.referrals.intake.IntakeRules;
import org.oxpip.referrals.intake.NewReferral;
import org.oxpip.referrals.referral.ClosureReason;
import org.oxpip.referrals.referral.Concern;
import org.oxpip.referrals.referral.ReferralStatus;
import org.oxpip.referrals.referral.SourceType;
import org.oxpip.referrals.workflow.TransitionRequest;
import org.oxpip.referrals.workflow.Workflow;
import org.oxpip.referrals.workflow.WorkflowService;

/**
 * One row of the referrals sheet read into what the API itself receives: the intake's {@link NewReferral}
 * and the workflow's {@link TransitionRequest}s, each with the effective date the spreadsheet gives. The
 * rules are the API's own (bean validation of NewReferral, {@link IntakeRules}, {@link Workflow} and
 * {@link WorkflowService#check}); this class only reads cells and says which column a rule's complaint
 * is about.
 */
final class ReferralRow {

    /** The template has no referrer's name; the API needs one for a professional referral. */
    static final String REFERRER_NOT_RECORDED = "Not recorded (imported)";
    /** The template has no free-text reason; the API needs one to decline or redirect. */
    static final String REASON_IMPORTED = "Recorded in the charity's spreadsheets before OxPIP (imported)";

    /** Workflow dates in the order the workflow can reach them; which may follow which is the workflow's rule. */
    private static final Map<String, ReferralStatus> STEPS = stepColumns();

    final int number;
    final String externalRef;
    final NewReferral referral;
    final List<TransitionRequest> steps = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    /** What the row says, dates in one format: a re-import of the same content is recognised by it. */
    final String fingerprint;

    private final ImportSheet.Row row;
    private final Map<String, String> canonical = new LinkedHashMap<>();
    private final Set<String> unreadable = new HashSet<>();

    private ReferralRow(ImportSheet.Row row, Validator validator, LocalDate today) {
        this.row = row;
        this.number = row.number();
        this.externalRef = text(ReferralColumns.EXTERNAL_REF);
        if (externalRef == null) {
            problem(ReferralColumns.EXTERNAL_REF, "required", "is required: the charity's own id for the family");
        }
        this.referral = newReferral();
        checkIntake(validator, today);
        readSteps(today);
        for (String column : ReferralColumns.ALL) {
            canonical.putIfAbsent(column, row.cell(column));
        }
        this.fingerprint = fingerprint(canonical);
    }

    static ReferralRow read(ImportSheet.Row row, Validator validator, LocalDate today) {
        return new ReferralRow(row, validator, today);
    }

    private NewReferral newReferral() {
        SourceType source = code(SourceType.class, "sourceType");
        String organisation = text("referrerOrganisation");
        NewReferral.Referrer referrer = null;
        if (source != null && source != SourceType.SELF) {
            referrer = new NewReferral.Referrer(REFERRER_NOT_RECORDED, source, organisation, null, null);
        } else if (organisation != null) {
            problem("referrerOrganisation", "invalid", "is only for a referral from a professional, not SELF");
        }
        String postcode = text("parent1Postcode");
        List<NewReferral.Parent> parents = new ArrayList<>();
        parents.add(new NewReferral.Parent(
                text("parent1GivenName"),
                text("parent1FamilyName"),
                date("parent1DateOfBirth"),
                text("parent1NhsNumber"),
                postcode,
                null,
                null));
        String given2 = text("parent2GivenName");
        String family2 = text("parent2FamilyName");
        LocalDate born2 = date("parent2DateOfBirth");
        if (given2 != null || family2 != null || born2 != null || unreadable.contains("parent2DateOfBirth")) {
            parents.add(new NewReferral.Parent(given2, family2, born2, null, postcode, null, null));
        }
        return new NewReferral(
                referrer,
                parents,
                new NewReferral.Baby(date("babyDateOfBirth"), date("babyDueDate")),
                concerns(),
                null,
                new NewReferral.Consent(yesNo("consentGiven"), date("consentDate")),
                text("fundingStream"),
                source,
                date("receivedOn"));
    }

    /** The API's own checks: bean validation of the body, then the intake rules, as staff entering it. */
    private void checkIntake(Validator validator, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<NewReferral> violation : validator.validate(referral)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        errors.addAll(IntakeRules.check(referral, true, today));
        for (FieldError error : errors) {
            String column = ReferralColumns.ofField(error.field());
            if (column == null || !unreadable.contains(column)) {
                problem(column, "invalid", error.message());
            }
        }
    }

    /** The workflow dates as the transitions staff would have recorded, in the workflow's own order. */
    private void readSteps(LocalDate today) {
        LocalDate received = referral.receivedOn() == null ? today : referral.receivedOn();
        ClosureReason closureReason = code(ClosureReason.class, "closureReason");
        ReferralStatus at = ReferralStatus.RECEIVED;
        LocalDate previous = received;
        String previousColumn = "receivedOn";
        for (Map.Entry<String, ReferralStatus> step : STEPS.entrySet()) {
            LocalDate on = date(step.getKey());
            if (on == null) {
                continue;
            }
            ReferralStatus to = step.getValue();
            if (!Workflow.allows(at, to)) {
                problem(
                        step.getKey(),
                        "invalid-step",
                        "cannot follow " + at + ": the workflow allows " + Workflow.nextFrom(at) + " next");
                return;
            }
            TransitionRequest request = new TransitionRequest(
                    to,
                    on,
                    Workflow.needsReason(to) ? REASON_IMPORTED : null,
                    to == ReferralStatus.CLOSED ? closureReason : null,
                    null,
                    null);
            for (FieldError error : WorkflowService.check(request, on, today, previous)) {
                String column = error.field().equals("effectiveDate") ? step.getKey() : error.field();
                if (!unreadable.contains(column)) {
                    problem(column, "invalid", withoutDates(error.message(), previousColumn));
                }
            }
            steps.add(request);
            at = to;
            previous = on;
            previousColumn = step.getKey();
        }
        if (closureReason != null && at != ReferralStatus.CLOSED) {
            problem("closureReason", "invalid", "is only for a closed referral: give closedOn too");
        }
    }

    /** The API names the previous change's date; here that date is another cell, so name its column instead. */
    private static String withoutDates(String message, String previousColumn) {
        return message.replaceAll("\\(\\d{4}-\\d{2}-\\d{2}\\)", "(" + previousColumn + ")");
    }

    private List<Concern> concerns() {
        String cell = text("concerns");
        List<Concern> concerns = new ArrayList<>();
        if (cell == null) {
            return concerns;
        }
        List<String> codes = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                Concern concern = Concern.valueOf(part.trim());
                concerns.add(concern);
                codes.add(concern.name());
            } catch (IllegalArgumentException e) {
                unreadable.add("concerns");
                problem("concerns", "invalid-code", "holds a code that is not one of " + List.of(Concern.values()));
                return concerns;
            }
        }
        canonical.put("concerns", String.join(";", codes));
        return concerns;
    }

    private Boolean yesNo(String column) {
        String cell = text(column);
        if (cell == null) {
            return null;
        }
        Boolean value = switch (cell.toLowerCase(java.util.Locale.ROOT)) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
        if (value == null) {
            unreadable.add(column);
            problem(column, "invalid-yes-no", "must be yes or no");
        } else {
            canonical.put(column, value ? "yes" : "no");
        }
        return value;
    }

    private <E extends Enum<E>> E code(Class<E> type, String column) {
        String cell = text(column);
        if (cell == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell);
        } catch (IllegalArgumentException e) {
            if (unreadable.add(column)) {
                problem(column, "invalid-code", "must be one of " + List.of(type.getEnumConstants()));
            }
            return null;
        }
    }

    /** YYYY-MM-DD or the UK's DD/MM/YYYY (a day or month may have one digit, as spreadsheets write them). */
    private LocalDate date(String column) {
        String cell = text(column);
        if (cell == null) {
            return null;
        }
        LocalDate date = ImportDates.parse(cell).orElse(null);
        if (date == null) {
            if (unreadable.add(column)) {
                problem(column, "invalid-date", ImportDates.NOT_A_DATE);
            }
            return null;
        }
        canonical.put(column, date.toString());
        return date;
    }

    private String text(String column) {
        String cell = row.cell(column);
        return cell.isEmpty() ? null : cell;
    }

    private void problem(String column, String code, String message) {
        problems.add(new ImportProblem(ReferralColumns.SHEET, number, column, code, message));
    }

    private static String fingerprint(Map<String, String> canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String column : ReferralColumns.ALL) {
                digest.update(canonical.getOrDefault(column, "").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static Map<String, ReferralStatus> stepColumns() {
        Map<String, ReferralStatus> steps = new LinkedHashMap<>();
        steps.put("acceptedOn", ReferralStatus.ACCEPTED);
        steps.put("declinedOn", ReferralStatus.DECLINED);
        steps.put("redirectedOn", ReferralStatus.REDIRECTED);
        steps.put("waitingOn", ReferralStatus.WAITING);
        steps.put("firstSessionOn", ReferralStatus.IN_THERAPY);
        steps.put("closedOn", ReferralStatus.CLOSED);
        return steps;
    }
}
