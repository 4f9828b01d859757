package org.oxpip.referrals.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.oxpip.feed.ReferralFacts;
import org.oxpip.platform.imports.ImportConflict;
import org.oxpip.platform.imports.ImportProblem;
import org.oxpip.platform.imports.ImportRowFailed;
import org.oxpip.platform.imports.ImportSheet;
import org.oxpip.platform.security.Caller;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.audit.AuditLog.AuditRow;
import org.oxpip.referrals.feed.FeedWriter;
import org.oxpip.referrals.intake.Duplicates;
import org.oxpip.referrals.intake.IntakeRules;
import org.oxpip.referrals.intake.IntakeService;
import org.oxpip.referrals.intake.NewReferral;
import org.oxpip.referrals.monitoring.ParentMonitoring;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.referral.ReferralStatus;
import org.oxpip.referrals.workflow.StatusChange;
import org.oxpip.referrals.workflow.TransitionRequest;
import org.oxpip.referrals.workflow.WorkflowService;

/**
 * The referrals sheet: checks every row with the API's rules, then (a commit) records each new family
 * through the API's own services, so a referral imported is one the API could have recorded: the same
 * intake (eligibility, duplicates, its audit entry and feed item) and the same workflow steps, dated as
 * the spreadsheet dates them.
 */
@ApplicationScoped
public class ReferralImport {

    private static final int PROGRESS_EVERY = 100;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    IntakeService intake;

    @Inject
    WorkflowService workflow;

    @Inject
    AuditLog audit;

    @Inject
    Duplicates duplicates;

    /** What a file would do: the rows to create, and why any other row would not be. */
    record Plan(
            List<ReferralRow> toCreate,
            int alreadyImported,
            List<ImportConflict> conflicts,
            List<ImportProblem> problems,
            Set<String> unsettled) {

        int statusChanges() {
            return toCreate.stream().mapToInt(row -> row.steps.size()).sum();
        }
    }

    /** What an import creates, by kind of record (the same keys whichever sheets the upload had). */
    static Map<String, Integer> counts(int referrals, int statusChanges, int sessions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("referrals", referrals);
        counts.put("statusChanges", statusChanges);
        counts.put("sessions", sessions);
        return counts;
    }

    /** Reads the earlier imports, so it needs a transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    Plan plan(ImportSheet sheet, DoubleConsumer progress) {
        LocalDate today = LocalDate.now(clock);
        List<ReferralRow> toCreate = new ArrayList<>();
        List<ImportConflict> conflicts = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> unsettled = new HashSet<>();
        Map<String, ImportedReferral> imported = imported(sheet);
        int already = 0;
        int done = 0;
        for (ImportSheet.Row cells : sheet.rows()) {
            if (++done % PROGRESS_EVERY == 0) {
                progress.accept((double) done / sheet.rows().size());
            }
            if (cells.cells() == null) {
                problems.add(new ImportProblem(
                        sheet.name(),
                        cells.number(),
                        null,
                        "wrong-cell-count",
                        "has more cells than the header row names"));
                continue;
            }
            if (cells.isBlank()) {
                continue; // spreadsheets keep empty rows below the data
            }
            ReferralRow row = ReferralRow.read(cells, validator, today);
            if (row.externalRef != null && !seen.add(row.externalRef)) {
                problems.add(new ImportProblem(
                        sheet.name(),
                        row.number,
                        ReferralColumns.EXTERNAL_REF,
                        "duplicate-external-ref",
                        "repeats the externalRef of an earlier row: each family once"));
                continue;
            }
            ImportedReferral earlier = row.externalRef == null ? null : imported.get(row.externalRef);
            if (earlier != null && earlier.contentHash.equals(row.fingerprint)) {
                already++;
            } else if (earlier != null) {
                conflicts.add(new ImportConflict(
                        sheet.name(),
                        row.number,
                        "referral",
                        earlier.referralId,
                        "was imported before with different content; change that referral through the API"));
            } else if (!row.problems.isEmpty()) {
                problems.addAll(row.problems);
                if (row.externalRef != null) {
                    unsettled.add(row.externalRef);
                }
            } else {
                toCreate.add(row);
            }
        }
        return new Plan(toCreate, already, conflicts, problems, unsettled);
    }

    /** The earlier imports of the file's externalRefs, read a thousand at a time rather than one per row. */
    private static Map<String, ImportedReferral> imported(ImportSheet sheet) {
        List<String> refs = sheet.rows().stream()
                .filter(row -> row.cells() != null)
                .map(row -> row.cell(ReferralColumns.EXTERNAL_REF))
                .filter(ref -> !ref.isEmpty())
                .distinct()
                .toList();
        Map<String, ImportedReferral> imported = new java.util.HashMap<>();
        for (int from = 0; from < refs.size(); from += 1000) {
            List<String> part = refs.subList(from, Math.min(refs.size(), from + 1000));
            ImportedReferral.<ImportedReferral>list("externalRef in ?1", part)
                    .forEach(mark -> imported.put(mark.externalRef, mark));
        }
        return imported;
    }

    /**
     * Records every new row, in the caller's one transaction: all of them or, on any failure, none. Each family
     * is made as the API makes it (the intake's {@link IntakeService#newReferral}, its RECEIVED change, each
     * workflow step through {@link WorkflowService#apply} after the plan checked it with the workflow's rules),
     * with the same audit entries and feed items, but written in batches: the duplicate check is one query for
     * the whole file, the references one, the rows go in JDBC batches; the feed items are returned, for the
     * runner to append last, in one go, after any sessions of the same upload.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<ReferralFacts> commit(UUID importId, Plan plan, Caller caller, DoubleConsumer progress) {
        List<ReferralRow> rows = plan.toCreate();
        Duplicates.OpenParents open = duplicates.openParentsLike(
                rows.stream().flatMap(row -> row.referral.parents().stream()).toList());
        List<Long> numbers = IntakeService.referenceNumbers(rows.size());
        List<ReferralFacts> feedItems = new ArrayList<>();
        List<AuditRow> auditRows = new ArrayList<>();
        EntityManager em = Referral.getEntityManager();
        LocalDate today = LocalDate.now(clock);
        int done = 0;
        for (ReferralRow row : rows) {
            try {
                record(importId, row, caller, numbers.get(done), open, today, feedItems, auditRows);
            } catch (RuntimeException e) {
                throw new ImportRowFailed(row.number, e);
            }
            if (++done % PROGRESS_EVERY == 0) {
                // Without this every later flush would check every family recorded so far for changes.
                em.flush();
                em.clear();
                progress.accept(0.9 * done / rows.size());
            }
        }
        em.flush();
        em.clear();
        audit.recordAll(caller, auditRows);
        return feedItems;
    }

    private void record(
            UUID importId,
            ReferralRow row,
            Caller caller,
            long number,
            Duplicates.OpenParents open,
            LocalDate today,
            List<ReferralFacts> feedItems,
            List<AuditRow> auditRows) {
        NewReferral body = row.referral;
        LocalDate receivedOn = IntakeRules.receivedOn(body, true, today);
        boolean duplicate = body.parents().stream().anyMatch(open::matches);
        Referral referral = intake.newReferral(
                UUID.randomUUID(), body, caller, receivedOn, IntakeService.reference(receivedOn, number), duplicate);
        auditRows.add(new AuditRow(AuditLog.Action.CREATE, referral.id));
        // Each parent's equality monitoring as the intake records it (none given: NOT_ASKED, with the age band).
        List<ParentMonitoring> monitoring = new ArrayList<>();
        for (int i = 0; i < body.parents().size(); i++) {
            NewReferral.Parent parent = body.parents().get(i);
            monitoring.add(ParentMonitoring.atIntake(
                    referral.id, i + 1, parent.dateOfBirth(), receivedOn, parent.monitoring(), referral.createdAt));
        }
        // A new family has no sessions yet and its monitoring is at hand: its facts need no query.
        feedItems.add(FeedWriter.facts(referral, Instant.now(clock), List.of(), monitoring));
        List<ReferralStatus> path = new ArrayList<>();
        for (TransitionRequest step : row.steps) {
            path.add(referral.status);
            workflow.apply(referral, step, step.effectiveDate());
            auditRows.add(new AuditRow(AuditLog.Action.TRANSITION, referral.id));
            feedItems.add(FeedWriter.facts(referral, Instant.now(clock), List.of(), monitoring));
        }
        // Stored once in its final state, then its history: the referral first, as the history refers to it.
        referral.persist();
        monitoring.forEach(m -> m.persist());
        // Recorded a microsecond apart, so that the history reads in the order the steps were taken.
        Instant recorded = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        StatusChange.record(referral.id, null, ReferralStatus.RECEIVED, receivedOn, null, null, caller).recordedAt =
                recorded;
        for (int i = 0; i < row.steps.size(); i++) {
            TransitionRequest step = row.steps.get(i);
            StatusChange.record(
                                    referral.id,
                                    path.get(i),
                                    step.to(),
                                    step.effectiveDate(),
                                    step.reason(),
                                    step.closureReason(),
                                    caller)
                            .recordedAt =
                    recorded.plusNanos(1000L * (i + 1));
        }
        if (!OPEN_ENDS.contains(referral.status)) {
            body.parents().forEach(open::add);
        }
        ImportedReferral mark = new ImportedReferral();
        mark.externalRef = row.externalRef;
        mark.referralId = referral.id;
        mark.importId = importId;
        mark.contentHash = row.fingerprint;
        mark.importedAt = Instant.now(clock);
        mark.persist();
        auditRows.add(new AuditRow(AuditLog.Action.IMPORT, referral.id));
    }

    /** Statuses that are no longer open: a family in one of them is no duplicate of a later one. */
    private static final Set<ReferralStatus> OPEN_ENDS =
            Set.of(ReferralStatus.DECLINED, ReferralStatus.REDIRECTED, ReferralStatus.CLOSED);
}
