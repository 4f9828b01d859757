package org.oxpip.outcomes.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.oxpip.outcomes.alert.RiskAlert;
import org.oxpip.outcomes.assessment.Assessment;
import org.oxpip.outcomes.assessment.AssessmentRules;
import org.oxpip.outcomes.assessment.AssessmentService;
import org.oxpip.outcomes.assessment.Today;
import org.oxpip.outcomes.audit.AuditLog;
import org.oxpip.outcomes.erasure.ErasedReferrals;
import org.oxpip.outcomes.feed.AssessmentChange;
import org.oxpip.outcomes.feed.FeedWriter;
import org.oxpip.outcomes.instrument.Instrument;
import org.oxpip.outcomes.instrument.InstrumentCatalogue;
import org.oxpip.outcomes.referral.ReferralSnapshot;
import org.oxpip.outcomes.referral.ReferralsUnavailable;
import org.oxpip.outcomes.scoring.Score;
import org.oxpip.outcomes.scoring.Scoring;
import org.oxpip.platform.imports.ImportConflict;
import org.oxpip.platform.imports.ImportPlan;
import org.oxpip.platform.imports.ImportProblem;
import org.oxpip.platform.imports.ImportRowFailed;
import org.oxpip.platform.imports.ImportSheet;
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;

/**
 * The measures sheet: checks every row with the API's rules (the measure's own, then its referral's, found
 * by externalRef through referrals-service), then (a commit) records every new measure as the API records one:
 * scored by the catalogue, a risk alert where a risk item is positive, an audit entry, a feed item; and a
 * mark of which import created it under which key. Writes go in batches; the feed items last, in one go.
 */
@ApplicationScoped
public class MeasureImport {

    private static final int PROGRESS_EVERY = 500;
    /** Rows written between two flushes of Hibernate's session (its JDBC batches are smaller). */
    private static final int FLUSH_EVERY = 500;

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    Today today;

    @Inject
    ImportedReferrals referrals;

    @Inject
    ErasedReferrals erasedReferrals;

    @Inject
    AuditLog audit;

    @Inject
    FeedWriter feed;

    @Inject
    EntityManager em;

    /** A row to create, with the referral it belongs to. */
    record NewMeasure(MeasureRow row, UUID referralId) {}

    /** What a file would do: the measures to create, and why any other row would not be. */
    record Plan(
            List<NewMeasure> toCreate,
            int alreadyImported,
            List<ImportConflict> conflicts,
            List<ImportProblem> problems)
            implements ImportPlan {

        @Override
        public Map<String, Integer> created() {
            return counts(toCreate.size());
        }
    }

    static Map<String, Integer> counts(int assessments) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("assessments", assessments);
        return counts;
    }

    /** Reads the earlier imports and erasures, so it needs a transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    Plan plan(ImportSheet sheet, DoubleConsumer progress) {
        LocalDate day = today.date();
        List<MeasureRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int done = 0;
        for (ImportSheet.Row cells : sheet.rows()) {
            if (++done % PROGRESS_EVERY == 0) {
                progress.accept(0.5 * done / sheet.rows().size());
            }
            if (cells.cells() == null) {
                problems.add(new ImportProblem(
                        sheet.name(),
                        cells.number(),
                        null,
                        "wrong-cell-count",
                        "has more cells than the header row names"));
            } else if (!cells.isBlank()) { // spreadsheets keep empty rows below the data
                rows.add(MeasureRow.read(cells, catalogue, day));
            }
        }
        Map<String, ReferralSnapshot> families = families(rows);
        Set<UUID> erasedHere = erasedReferrals.erasedAmong(
                families.values().stream().map(ReferralSnapshot::id).toList());
        Map<MeasureKey, ImportedAssessment> earlier = earlier(rows);

        List<NewMeasure> toCreate = new ArrayList<>();
        List<ImportConflict> conflicts = new ArrayList<>();
        Set<MeasureKey> seen = new HashSet<>();
        int already = 0;
        for (MeasureRow row : rows) {
            MeasureKey key = row.key();
            if (key.complete() && !seen.add(key)) {
                row.problem(
                        MeasureColumns.TIMEPOINT,
                        "duplicate-measure",
                        "repeats an earlier row's externalRef, instrument, timepoint and respondent: each measure once");
                problems.addAll(row.problems);
                continue;
            }
            ImportedAssessment before = key.complete() ? earlier.get(key) : null;
            if (before != null && before.contentHash.equals(row.fingerprint)) {
                already++;
            } else if (before != null) {
                conflicts.add(new ImportConflict(
                        sheet.name(),
                        row.number,
                        "assessment",
                        before.assessmentId,
                        "was imported before with different content; correct that assessment through the API"));
            } else {
                UUID referralId = referral(row, families.get(row.externalRef), erasedHere);
                if (row.problems.isEmpty()) {
                    toCreate.add(new NewMeasure(row, referralId));
                } else {
                    problems.addAll(row.problems);
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new Plan(toCreate, already, conflicts, problems);
    }

    /** The API's referral rules, each a problem of the row: known, not erased, accepted, not measured before it. */
    private static UUID referral(MeasureRow row, ReferralSnapshot referral, Set<UUID> erasedHere) {
        if (row.externalRef == null) {
            return null;
        }
        if (referral == null) {
            row.problem(
                    MeasureColumns.EXTERNAL_REF,
                    "unknown-external-ref",
                    "names no family imported into referrals-service: import the referrals sheet first");
            return null;
        }
        if (referral.erased() || erasedHere.contains(referral.id())) {
            row.problem(
                    MeasureColumns.EXTERNAL_REF, "referral-erased", "names a family whose personal data was erased");
            return null;
        }
        if (!referral.acceptsMeasures()) {
            row.problem(
                    MeasureColumns.EXTERNAL_REF,
                    "referral-not-accepted",
                    "names a referral that is not ACCEPTED, WAITING, IN_THERAPY or CLOSED: it takes no measures");
            return null;
        }
        if (row.completedOn != null) {
            for (FieldError error : AssessmentRules.notBeforeReferral(row.completedOn, referral.receivedOn())) {
                row.problem(MeasureColumns.COMPLETED_ON, "invalid", error.message());
            }
        }
        return referral.id();
    }

    private Map<String, ReferralSnapshot> families(List<MeasureRow> rows) {
        List<String> refs = rows.stream()
                .map(r -> r.externalRef)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        try {
            return referrals.find(refs);
        } catch (ReferralsUnavailable | org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException e) {
            throw ProblemException.unavailable(
                    "referrals-unavailable",
                    "referrals-service could not be asked about the families; nothing was created: try again later");
        }
    }

    private static Map<MeasureKey, ImportedAssessment> earlier(List<MeasureRow> rows) {
        List<String> refs = rows.stream()
                .map(r -> r.externalRef)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<MeasureKey, ImportedAssessment> earlier = new HashMap<>();
        for (int from = 0; from < refs.size(); from += 1000) {
            List<String> part = refs.subList(from, Math.min(refs.size(), from + 1000));
            for (ImportedAssessment mark : ImportedAssessment.<ImportedAssessment>list("externalRef in ?1", part)) {
                earlier.put(mark.key(), mark);
            }
        }
        return earlier;
    }

    /** Records every new measure, in the caller's one transaction: all of them or, on any failure, none. */
    @Transactional(Transactional.TxType.MANDATORY)
    void commit(UUID importId, Plan plan, Caller caller, DoubleConsumer progress) {
        Set<UUID> erased = erasedReferrals.holdAllForWriting(
                plan.toCreate().stream().map(NewMeasure::referralId).distinct().toList());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AssessmentChange> changes = new ArrayList<>(plan.toCreate().size());
        int done = 0;
        for (NewMeasure measure : plan.toCreate()) {
            try {
                if (erased.contains(measure.referralId())) {
                    throw ErasedReferrals.refusal(); // erased since the plan: the whole commit stops
                }
                changes.add(AssessmentService.change(record(importId, measure, caller, now)));
            } catch (RuntimeException e) {
                throw new ImportRowFailed(measure.row().number, e);
            }
            if (++done % FLUSH_EVERY == 0) {
                // Without this every later flush would check every measure recorded so far for changes.
                em.flush();
                em.clear();
                progress.accept(0.9 * done / plan.toCreate().size());
            }
        }
        feed.appendAll(changes);
    }

    private Assessment record(UUID importId, NewMeasure measure, Caller caller, Instant now) {
        MeasureRow row = measure.row();
        Instrument instrument = catalogue.find(row.instrument).orElseThrow();
        Assessment assessment;
        Score score = null;
        if (row.answers != null) {
            score = Scoring.score(instrument, row.answers);
            assessment = Assessment.imported(
                    measure.referralId(),
                    instrument.code(),
                    row.timepoint,
                    row.respondent,
                    row.completedOn,
                    score,
                    caller.actor(),
                    now);
        } else {
            assessment = Assessment.totalOnly(
                    measure.referralId(),
                    instrument.code(),
                    row.timepoint,
                    row.respondent,
                    row.completedOn,
                    row.total,
                    Scoring.bandOf(instrument, row.total),
                    caller.actor(),
                    now);
        }
        assessment.persist();
        if (score != null && score.riskFlag()) {
            RiskAlert.raise(
                    assessment.id,
                    assessment.referralId,
                    assessment.instrument,
                    assessment.respondent.name(),
                    score.positiveRiskItems(),
                    now);
        }
        audit.record(caller, AuditLog.Action.IMPORT, AuditLog.ASSESSMENT, assessment.id);
        ImportedAssessment mark = new ImportedAssessment();
        mark.externalRef = row.externalRef;
        mark.instrument = instrument.code();
        mark.timepoint = row.timepoint.name();
        mark.respondent = row.respondent.name();
        mark.assessmentId = assessment.id;
        mark.importId = importId;
        mark.contentHash = row.fingerprint;
        mark.importedAt = now;
        mark.persist();
        return assessment;
    }
}
