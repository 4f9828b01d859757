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
import org.oxpip.platform.imports.ImportConflict;
import org.oxpip.platform.imports.ImportPlan;
import org.oxpip.platform.imports.ImportProblem;
import org.oxpip.platform.imports.ImportRowFailed;
import org.oxpip.platform.imports.ImportSheet;
import org.oxpip.platform.security.Caller;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.intake.IntakeService;
import org.oxpip.referrals.referral.Referral;
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

    /** What a file would do: the rows to create, and why any other row would not be. */
    record Plan(
            List<ReferralRow> toCreate,
            int alreadyImported,
            List<ImportConflict> conflicts,
            List<ImportProblem> problems)
            implements ImportPlan {

        @Override
        public Map<String, Integer> created() {
            return counts(
                    toCreate.size(),
                    toCreate.stream().mapToInt(row -> row.steps.size()).sum());
        }
    }

    static Map<String, Integer> counts(int referrals, int statusChanges) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("referrals", referrals);
        counts.put("statusChanges", statusChanges);
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
            ImportedReferral earlier = row.externalRef == null ? null : ImportedReferral.findById(row.externalRef);
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
            } else {
                toCreate.add(row);
            }
        }
        return new Plan(toCreate, already, conflicts, problems);
    }

    /** Records every new row, in the caller's one transaction: all of them or, on any failure, none. */
    @Transactional(Transactional.TxType.MANDATORY)
    void commit(UUID importId, Plan plan, Caller caller, DoubleConsumer progress) {
        int done = 0;
        for (ReferralRow row : plan.toCreate()) {
            try {
                record(importId, row, caller);
            } catch (RuntimeException e) {
                throw new ImportRowFailed(row.number, e);
            }
            if (++done % PROGRESS_EVERY == 0) {
                progress.accept((double) done / plan.toCreate().size());
            }
        }
    }

    private void record(UUID importId, ReferralRow row, Caller caller) {
        UUID id = intake.submit(row.referral, caller, null).referral().id();
        for (TransitionRequest step : row.steps) {
            Referral current = Referral.findById(id);
            workflow.transition(id, current.version, step, caller);
        }
        ImportedReferral mark = new ImportedReferral();
        mark.externalRef = row.externalRef;
        mark.referralId = id;
        mark.importId = importId;
        mark.contentHash = row.fingerprint;
        mark.importedAt = Instant.now(clock);
        mark.persist();
        audit.record(caller, AuditLog.Action.IMPORT, id);
        // Each family is done with: without this, every later flush would check every family recorded so far
        // for changes, and a commit of a few hundred took minutes instead of seconds.
        EntityManager em = Referral.getEntityManager();
        em.flush();
        em.clear();
    }
}
