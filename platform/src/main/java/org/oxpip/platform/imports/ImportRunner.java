package org.oxpip.platform.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;

/**
 * Runs a service's imports one at a time on a thread of their own, so the upload is answered at once (202)
 * and the run's status and progress can be polled. One at a time also means two uploads of the same rows can
 * never both create them. A run is a plan (every row checked, in a transaction that reads the earlier
 * imports) and, for a clean commit, the commit in one transaction of its own: everything or nothing. The
 * run's state and report are in {@code import_run}; the rows only in memory.
 *
 * <p>A service subclasses it as an application-scoped bean, gives it its data source and its import, and
 * calls {@link #interrupted()} at start-up and {@link #stop()} on shutdown.
 *
 * @param <P> the service's plan of one file
 */
public abstract class ImportRunner<P extends ImportPlan> {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "oxpip-import");
        thread.setDaemon(true);
        return thread;
    });

    protected abstract DataSource dataSource();

    protected abstract ObjectMapper mapper();

    /** A commit of thousands of rows is one transaction: longer than the 60 s default allows. */
    protected abstract Duration commitTimeout();

    /** Checks every row; called inside a transaction. */
    protected abstract P plan(ImportSheet sheet, DoubleConsumer progress);

    /**
     * Checks every row of several sheets of one upload (a workbook), in their import order; called inside a
     * transaction. A service that imports one sheet keeps this default, which plans the first.
     */
    protected P plan(List<ImportSheet> sheets, DoubleConsumer progress) {
        return plan(sheets.get(0), progress);
    }

    /** Records a clean plan's rows, in the caller's one transaction; a failure throws {@link ImportRowFailed}. */
    protected abstract void commit(UUID importId, P plan, Caller caller, DoubleConsumer progress);

    /** The counts of a commit that created nothing (every kind of record, at zero). */
    protected abstract Map<String, Integer> nothingCreated();

    /** The template column an API field's error is about, or null. */
    protected abstract String columnOf(String field);

    /** Starts the run and answers 202 with its report as it starts (RUNNING) and its Location. */
    public Response accept(ImportUpload upload, Caller caller, UriInfo uri) {
        ImportReport started = start(upload.sheets(), upload.commit(), caller);
        return Response.accepted(started)
                .location(uri.getBaseUriBuilder()
                        .path("api/v1/imports")
                        .path(started.id().toString())
                        .build())
                .build();
    }

    /** A run's report; 404 for an id that is no run of this service (or no id at all). */
    public ImportReport report(String id) {
        UUID runId;
        try {
            runId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
        ImportRuns.Run run = runs().find(runId).orElseThrow(ProblemException::notFound);
        return ImportReport.of(run, result(run.report()));
    }

    /** The run as it starts: the upload's answer, which must not depend on how fast the run goes. */
    public ImportReport start(ImportSheet sheet, boolean commit, Caller caller) {
        return start(List.of(sheet), commit, caller);
    }

    /** The same for several sheets of one workbook: one run, named by its sheets ("referrals,sessions"). */
    public ImportReport start(List<ImportSheet> sheets, boolean commit, Caller caller) {
        String name = String.join(",", sheets.stream().map(ImportSheet::name).toList());
        ImportRuns.Run run =
                new ImportRuns.Run(UUID.randomUUID(), name, commit, "RUNNING", 0.0, json(ImportResult.NOTHING_YET));
        runs().create(run, caller.actor(), Instant.now());
        executor.submit(() -> run(run.id(), name, sheets, commit, caller));
        return ImportReport.of(run, ImportResult.NOTHING_YET);
    }

    private void run(UUID id, String name, List<ImportSheet> sheets, boolean commit, Caller caller) {
        LOG.infof(
                "Import %s of sheet %s started (%s rows, commit %s)",
                id, name, sheets.stream().mapToInt(sheet -> sheet.rows().size()).sum(), commit);
        ImportRuns runs = runs();
        try {
            P plan = QuarkusTransaction.requiringNew()
                    .call(() -> plan(sheets, done -> runs.progress(id, commit ? done / 2 : done)));
            Map<String, Integer> created = plan.created();
            if (commit && plan.clean()) {
                QuarkusTransaction.requiringNew()
                        .timeout((int) commitTimeout().toSeconds())
                        .run(() -> commit(id, plan, caller, done -> runs.progress(id, 0.5 + done / 2)));
            } else if (commit) {
                created = nothingCreated(); // all or nothing: any problem or conflict stops the commit
            }
            runs.finish(
                    id,
                    "DONE",
                    json(new ImportResult(created, plan.alreadyImported(), plan.conflicts(), plan.problems())));
            LOG.infof(
                    "Import %s done: created %s, %d already imported, %d conflicts, %d problems",
                    id,
                    created,
                    plan.alreadyImported(),
                    plan.conflicts().size(),
                    plan.problems().size());
        } catch (RuntimeException e) {
            runs.finish(id, "FAILED", json(failure(sheets.get(0).name(), e)));
        }
    }

    /** Nothing was created. Says which row, and the rule's own words; never the exception's, which may quote data. */
    private ImportResult failure(String sheet, RuntimeException e) {
        Throwable cause = e;
        int row = 0;
        while (cause != null && !(cause instanceof ImportRowFailed)) {
            cause = cause.getCause();
        }
        if (cause instanceof ImportRowFailed failed) {
            row = failed.row();
            sheet = failed.sheet() == null ? sheet : failed.sheet();
            cause = failed.getCause();
        } else {
            cause = e; // a failure of the whole run (the plan), not of one row
        }
        Throwable refusal = cause;
        while (refusal != null && !(refusal instanceof ProblemException)) {
            refusal = refusal.getCause();
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (refusal instanceof ProblemException refused) {
            Problem problem = refused.problem();
            if (problem.errors().isEmpty()) {
                problems.add(new ImportProblem(sheet, row, null, "refused", problem.detail()));
            }
            for (Problem.FieldError error : problem.errors()) {
                problems.add(new ImportProblem(sheet, row, columnOf(error.field()), "refused", error.message()));
            }
        } else {
            LOG.errorf(
                    "Import of sheet %s failed at row %d (%s); nothing was created",
                    sheet, row, e.getClass().getName());
            problems.add(new ImportProblem(
                    sheet,
                    row,
                    null,
                    "failed",
                    "The import stopped; nothing was created. Try again, or ask for the service log"));
        }
        return new ImportResult(nothingCreated(), 0, List.of(), problems);
    }

    /** Call at start-up: a run the service was stopped in the middle of will never finish; say so. */
    protected void interrupted() {
        try {
            int stopped = runs().interruptAll();
            if (stopped > 0) {
                LOG.warnf("%d imports were stopped by a restart; nothing of theirs was created", stopped);
            }
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Could not look for interrupted imports at start-up (%s)",
                    e.getClass().getName());
        }
    }

    /** Call on shutdown. */
    protected void stop() {
        executor.shutdownNow();
    }

    private ImportRuns runs() {
        return new ImportRuns(dataSource());
    }

    private ImportResult result(String report) {
        try {
            return mapper().readValue(report, ImportResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import's report could not be read", e);
        }
    }

    private String json(ImportResult result) {
        try {
            return mapper().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import's report could not be written", e);
        }
    }
}
