package org.oxpip.referrals.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.oxpip.platform.problem.Problem.FieldError;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;
import org.oxpip.referrals.audit.AuditLog;
import org.oxpip.referrals.audit.AuditLog.AuditRow;
import org.oxpip.referrals.feed.FeedWriter;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.session.SessionRules.FirstSession;
import org.oxpip.referrals.session.SessionRules.Refusal;
import org.oxpip.referrals.session.SessionService;
import org.oxpip.referrals.session.TherapySession;

/**
 * The sessions sheet: each row a session of a family its referrals import created (earlier, or in the same
 * upload), checked with the sessions API's rules ({@link SessionRow}, {@link SessionEpisode}) and, in a commit,
 * recorded as the API records one: the session, the first attended session starting therapy (through {@link
 * SessionService#apply}, with its status change and audit entry), a {@code RECORD_SESSION} audit entry, and
 * the family's change on the feed, once per family however many of its sessions the file holds.
 */
@ApplicationScoped
public class SessionImport {

    private static final int PROGRESS_EVERY = 500;
    private static final int FAMILIES_PER_BATCH = 500;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    SessionService sessions;

    @Inject
    AuditLog audit;

    /** A row to create, with its place among the file's rows of the same externalRef, date and kind. */
    record NewSession(SessionRow row, int occurrence) {}

    /** What a file would do: the sessions to create, and why any other row would not be. */
    record Plan(
            List<NewSession> toCreate,
            int therapyStarts,
            int alreadyImported,
            List<ImportConflict> conflicts,
            List<ImportProblem> problems) {}

    /**
     * Checks every row. {@code referrals} is the plan of the same upload's referrals sheet, or null: a session
     * of a family that sheet will create is checked against the referral as it will be.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Plan plan(ImportSheet sheet, ReferralImport.Plan referrals, DoubleConsumer progress) {
        LocalDate today = LocalDate.now(clock);
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportConflict> conflicts = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, List<NewSession>> fresh = new LinkedHashMap<>();
        List<SessionRow> rows = new ArrayList<>();
        for (ImportSheet.Row cells : sheet.rows()) {
            if (cells.cells() == null) {
                problems.add(new ImportProblem(
                        sheet.name(),
                        cells.number(),
                        null,
                        "wrong-cell-count",
                        "has more cells than the header row names"));
            } else if (!cells.isBlank()) {
                rows.add(SessionRow.read(cells, validator));
            }
        }
        progress.accept(0.3);
        Map<ImportedSession.Key, ImportedSession> imported = imported(rows);
        int already = 0;
        for (SessionRow row : rows) {
            // Counted also for a row with a problem, so that the rows after it keep their place once it is fixed.
            int occurrence = row.identity == null ? 0 : occurrences.merge(row.identity, 1, Integer::sum);
            if (!row.problems.isEmpty()) {
                problems.addAll(row.problems);
                continue;
            }
            ImportedSession earlier = imported.get(key(row, occurrence));
            if (earlier != null && earlier.contentHash.equals(row.fingerprint)) {
                already++;
            } else if (earlier != null) {
                conflicts.add(new ImportConflict(
                        sheet.name(),
                        row.number,
                        "session",
                        earlier.sessionId,
                        "was imported before with different content; correct that session through the API"));
            } else {
                fresh.computeIfAbsent(row.externalRef, ref -> new ArrayList<>()).add(new NewSession(row, occurrence));
            }
        }
        progress.accept(0.6);
        Map<String, SessionEpisode> episodes = episodes(fresh.keySet(), referrals, today);
        List<NewSession> toCreate = new ArrayList<>();
        int starts = 0;
        for (Map.Entry<String, List<NewSession>> family : fresh.entrySet()) {
            SessionEpisode episode = episodes.get(family.getKey());
            if (episode == null) {
                boolean inSheet = referrals != null && referrals.unsettled().contains(family.getKey());
                family.getValue()
                        .forEach(session -> session.row()
                                .problem(
                                        SessionColumns.EXTERNAL_REF,
                                        inSheet ? "referral-not-imported" : "unknown-external-ref",
                                        inSheet
                                                ? "names a family whose referrals row has a problem: correct that row first"
                                                : "names no family a referrals import created: import its referrals row "
                                                        + "first, or in the same workbook"));
                family.getValue().forEach(session -> problems.addAll(session.row().problems));
                continue;
            }
            if (episode.erased) {
                family.getValue().forEach(session -> problems.add(erased(session.row())));
                continue;
            }
            Map<SessionRow, NewSession> byRow = new HashMap<>();
            family.getValue().forEach(session -> byRow.put(session.row(), session));
            for (SessionEpisode.Step step : episode.record(
                    family.getValue().stream().map(NewSession::row).toList(), today)) {
                if (step.ok()) {
                    toCreate.add(byRow.get(step.row()));
                    starts += step.effect() == FirstSession.STARTS_THERAPY ? 1 : 0;
                } else {
                    problems.addAll(problems(step));
                }
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        toCreate.sort(Comparator.comparingInt(session -> session.row().number));
        progress.accept(1.0);
        return new Plan(toCreate, starts, already, conflicts, problems);
    }

    /**
     * Records every new session in the caller's one transaction (after the same upload's referrals): each
     * family's referral is locked as the sessions API locks it, its sessions checked again against it as it now
     * is (a change through the API since the dry run refuses the commit: nothing is created) and recorded oldest
     * first. Returns the feed items to append: one per family touched, with all its sessions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<ReferralFacts> commit(UUID importId, Plan plan, Caller caller, DoubleConsumer progress) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<NewSession>> byFamily = new LinkedHashMap<>();
        plan.toCreate()
                .forEach(session -> byFamily.computeIfAbsent(session.row().externalRef, ref -> new ArrayList<>())
                        .add(session));
        List<String> refs = new ArrayList<>(byFamily.keySet());
        EntityManager em = Referral.getEntityManager();
        List<AuditRow> auditRows = new ArrayList<>();
        List<UUID> touched = new ArrayList<>();
        List<ImportedSession> marks = new ArrayList<>();
        for (int from = 0; from < refs.size(); from += FAMILIES_PER_BATCH) {
            List<String> part = refs.subList(from, Math.min(refs.size(), from + FAMILIES_PER_BATCH));
            Map<String, Referral> referrals = locked(part);
            for (String ref : part) {
                List<NewSession> family = byFamily.get(ref);
                Referral referral = referrals.get(ref);
                if (referral == null) {
                    throw new ImportRowFailed(
                            SessionColumns.SHEET, family.get(0).row().number, ProblemException.notFound());
                }
                record(importId, referral, family, caller, today, auditRows, marks);
                touched.add(referral.id);
            }
            // The marks after the sessions they name: Hibernate's ordered inserts know nothing of that key.
            em.flush();
            marks.forEach(mark -> mark.persist());
            marks.clear();
            em.flush();
            em.clear();
            progress.accept(0.9 * Math.min(refs.size(), from + FAMILIES_PER_BATCH) / refs.size());
        }
        audit.recordAll(caller, auditRows);
        List<ReferralFacts> facts = new ArrayList<>();
        Instant now = Instant.now(clock);
        for (int from = 0; from < touched.size(); from += 1000) {
            List<UUID> part = touched.subList(from, Math.min(touched.size(), from + 1000));
            Map<UUID, Referral> byId = new HashMap<>();
            Referral.<Referral>list("id in ?1", part).forEach(r -> byId.put(r.id, r));
            facts.addAll(FeedWriter.factsOf(part.stream().map(byId::get).toList(), now));
            em.clear();
        }
        return facts;
    }

    private void record(
            UUID importId,
            Referral referral,
            List<NewSession> family,
            Caller caller,
            LocalDate today,
            List<AuditRow> auditRows,
            List<ImportedSession> marks) {
        if (referral.erasedAt != null) {
            throw new ImportRowFailed(
                    SessionColumns.SHEET,
                    family.get(0).row().number,
                    ProblemException.conflict(
                            "erased", "This referral's personal data was erased; it can no longer change"));
        }
        Map<SessionRow, NewSession> byRow = new HashMap<>();
        family.forEach(session -> byRow.put(session.row(), session));
        SessionEpisode episode = SessionEpisode.of(referral);
        for (SessionEpisode.Step step :
                episode.record(family.stream().map(NewSession::row).toList(), today)) {
            SessionRow row = step.row();
            if (!step.ok()) {
                throw new ImportRowFailed(SessionColumns.SHEET, row.number, refusal(step));
            }
            Instant now = Instant.now(clock);
            TherapySession session = TherapySession.recorded(referral.id, row.request, caller.actor(), now);
            session.persist();
            sessions.apply(referral, step.effect(), row.request.date(), caller);
            auditRows.add(new AuditRow(AuditLog.Action.RECORD_SESSION, referral.id));
            ImportedSession mark = new ImportedSession();
            mark.key = key(row, byRow.get(row).occurrence());
            mark.sessionId = session.id;
            mark.importId = importId;
            mark.contentHash = row.fingerprint;
            mark.importedAt = now;
            marks.add(mark);
        }
    }

    /** The families' referrals, found by the externalRef their import marked, locked for this transaction. */
    private static Map<String, Referral> locked(List<String> refs) {
        Map<UUID, String> refOf = new HashMap<>();
        ImportedReferral.<ImportedReferral>list("externalRef in ?1", refs)
                .forEach(mark -> refOf.put(mark.referralId, mark.externalRef));
        Map<String, Referral> referrals = new HashMap<>();
        if (refOf.isEmpty()) {
            return referrals;
        }
        Referral.getEntityManager()
                .createQuery("select r from Referral r where r.id in ?1 order by r.id", Referral.class)
                .setParameter(1, refOf.keySet())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(r -> referrals.put(refOf.get(r.id), r));
        return referrals;
    }

    /** Each family's episode: as its referrals row in this upload will create it, or as stored. */
    private static Map<String, SessionEpisode> episodes(
            Set<String> refs, ReferralImport.Plan referrals, LocalDate today) {
        Map<String, SessionEpisode> episodes = new HashMap<>();
        if (referrals != null) {
            for (ReferralRow row : referrals.toCreate()) {
                if (refs.contains(row.externalRef)) {
                    episodes.put(row.externalRef, SessionEpisode.of(row, today));
                }
            }
        }
        List<String> stored =
                refs.stream().filter(ref -> !episodes.containsKey(ref)).toList();
        for (int from = 0; from < stored.size(); from += 1000) {
            List<String> part = stored.subList(from, Math.min(stored.size(), from + 1000));
            Map<UUID, String> refOf = new HashMap<>();
            ImportedReferral.<ImportedReferral>list("externalRef in ?1", part)
                    .forEach(mark -> refOf.put(mark.referralId, mark.externalRef));
            if (!refOf.isEmpty()) {
                Referral.<Referral>list("id in ?1", refOf.keySet())
                        .forEach(r -> episodes.put(refOf.get(r.id), SessionEpisode.of(r)));
            }
        }
        return episodes;
    }

    /** The earlier imports of the rows' families, read a thousand families at a time. */
    private static Map<ImportedSession.Key, ImportedSession> imported(List<SessionRow> rows) {
        List<String> refs = rows.stream()
                .map(row -> row.externalRef)
                .filter(ref -> ref != null)
                .distinct()
                .toList();
        Map<ImportedSession.Key, ImportedSession> imported = new HashMap<>();
        for (int from = 0; from < refs.size(); from += 1000) {
            List<String> part = refs.subList(from, Math.min(refs.size(), from + 1000));
            ImportedSession.<ImportedSession>list("key.externalRef in ?1", part)
                    .forEach(mark -> imported.put(mark.key, mark));
        }
        return imported;
    }

    private static ImportedSession.Key key(SessionRow row, int occurrence) {
        return new ImportedSession.Key(
                row.externalRef, row.request.date(), row.request.kind().name(), occurrence);
    }

    private static ImportProblem erased(SessionRow row) {
        return new ImportProblem(
                SessionColumns.SHEET,
                row.number,
                SessionColumns.EXTERNAL_REF,
                "erased",
                "names a family whose personal data was erased: it takes no new sessions");
    }

    /** A step's refusal and errors as the row's problems, each against the column it is about. */
    private static List<ImportProblem> problems(SessionEpisode.Step step) {
        List<ImportProblem> problems = new ArrayList<>();
        SessionRow row = step.row();
        step.refusal()
                .ifPresent(refusal -> problems.add(new ImportProblem(
                        SessionColumns.SHEET,
                        row.number,
                        refusal == Refusal.CLOSED_WITHOUT_THERAPY
                                ? SessionColumns.ATTENDANCE
                                : SessionColumns.EXTERNAL_REF,
                        refusal == Refusal.CLOSED_WITHOUT_THERAPY ? "closed-without-therapy" : "referral-not-in-care",
                        refusal == Refusal.CLOSED_WITHOUT_THERAPY
                                ? "is ATTENDED, but the family's referral was closed without starting therapy"
                                : "names a family whose referral is not on the waiting list, in therapy or closed (accept "
                                        + "it and give its waitingOn first)")));
        for (FieldError error : step.errors()) {
            problems.add(new ImportProblem(
                    SessionColumns.SHEET,
                    row.number,
                    SessionColumns.ofField(error.field()),
                    "invalid",
                    error.message()));
        }
        return problems;
    }

    /** The same as an API refusal, for a commit that finds the referral changed since its plan. */
    private static ProblemException refusal(SessionEpisode.Step step) {
        if (step.refusal().isPresent()) {
            return ProblemException.unprocessable(
                    step.refusal()
                            .get()
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-'),
                    problems(step).get(0).message());
        }
        return ProblemException.invalid(step.errors());
    }
}
