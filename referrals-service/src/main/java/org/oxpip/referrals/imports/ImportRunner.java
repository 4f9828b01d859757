package org.oxpip.referrals.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;

/**
 * Runs imports one at a time on a thread of their own, so the upload is answered at once and the run's
 * status and progress can be polled. One at a time also means two uploads of the same rows can never
 * both create them. The run's state and report are in the database; the rows only in memory.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "oxpip-import");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    ReferralImport referrals;

    @Inject
    ObjectMapper mapper;

    /** A commit of thousands of families is one transaction: longer than the 60 s default allows. */
    @ConfigProperty(name = "oxpip.imports.commit-timeout", defaultValue = "PT10M")
    Duration commitTimeout;

    /** The run as it starts (RUNNING): the upload's answer, which must not depend on how fast the run goes. */
    ImportReport start(ImportSheet sheet, boolean commit, Caller caller) {
        ImportRun run = new ImportRun();
        run.id = UUID.randomUUID();
        run.sheet = sheet.name();
        run.commit = commit;
        run.status = ImportRun.Status.RUNNING.name();
        run.actor = caller.actor();
        run.startedAt = Instant.now();
        run.report = json(ImportResult.NOTHING_YET);
        QuarkusTransaction.requiringNew().run(run::persist);
        ImportReport started = ImportReport.of(run, ImportResult.NOTHING_YET);
        executor.submit(() -> run(run.id, sheet, commit, caller));
        return started;
    }

    private void run(UUID id, ImportSheet sheet, boolean commit, Caller caller) {
        LOG.infof(
                "Import %s of sheet %s started (%s rows, commit %s)",
                id, sheet.name(), sheet.rows().size(), commit);
        try {
            ReferralImport.Plan plan = QuarkusTransaction.requiringNew()
                    .call(() -> referrals.plan(sheet, done -> progress(id, commit ? done / 2 : done)));
            Map<String, Integer> created = plan.created();
            if (commit && plan.clean()) {
                QuarkusTransaction.requiringNew()
                        .timeout((int) commitTimeout.toSeconds())
                        .run(() -> referrals.commit(id, plan, caller, done -> progress(id, 0.5 + done / 2)));
            } else if (commit) {
                created = ReferralImport.counts(0, 0); // all or nothing: any problem or conflict stops the commit
            }
            finish(
                    id,
                    ImportRun.Status.DONE,
                    new ImportResult(created, plan.alreadyImported(), plan.conflicts(), plan.problems()));
            LOG.infof(
                    "Import %s done: created %s, %d already imported, %d conflicts, %d problems",
                    id,
                    created,
                    plan.alreadyImported(),
                    plan.conflicts().size(),
                    plan.problems().size());
        } catch (RuntimeException e) {
            finish(id, ImportRun.Status.FAILED, failure(sheet.name(), e));
        }
    }

    /** Nothing was created. Says which row, and the rule's own words; never the exception's, which may quote data. */
    private static ImportResult failure(String sheet, RuntimeException e) {
        Throwable cause = e;
        int row = 0;
        while (cause != null && !(cause instanceof ReferralImport.RowFailed)) {
            cause = cause.getCause();
        }
        if (cause instanceof ReferralImport.RowFailed failed) {
            row = failed.row;
            cause = failed.getCause();
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (cause instanceof ProblemException refused) {
            Problem problem = refused.problem();
            if (problem.errors().isEmpty()) {
                problems.add(new ImportProblem(sheet, row, null, "refused", problem.detail()));
            }
            for (Problem.FieldError error : problem.errors()) {
                problems.add(new ImportProblem(
                        sheet, row, ReferralColumns.ofField(error.field()), "refused", error.message()));
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
        return new ImportResult(ReferralImport.counts(0, 0), 0, List.of(), problems);
    }

    private void progress(UUID id, double done) {
        QuarkusTransaction.requiringNew().run(() -> ImportRun.update("progress = ?1 where id = ?2", done, id));
    }

    private void finish(UUID id, ImportRun.Status status, ImportResult result) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportRun run = ImportRun.findById(id);
            run.status = status.name();
            run.progress = 1.0;
            run.finishedAt = Instant.now();
            run.report = json(result);
        });
    }

    ImportResult result(ImportRun run) {
        try {
            return mapper.readValue(run.report, ImportResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import's report could not be read", e);
        }
    }

    private String json(ImportResult result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import's report could not be written", e);
        }
    }

    /** A run the service was stopped in the middle of will never finish: say so rather than RUNNING forever. */
    void interrupted(@Observes StartupEvent started) {
        try {
            int stopped = QuarkusTransaction.requiringNew()
                    .call(() -> ImportRun.update(
                            "status = ?1, finishedAt = ?2 where status = ?3",
                            ImportRun.Status.FAILED.name(),
                            Instant.now(),
                            ImportRun.Status.RUNNING.name()));
            if (stopped > 0) {
                LOG.warnf("%d imports were stopped by a restart; nothing of theirs was created", stopped);
            }
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Could not look for interrupted imports at start-up (%s)",
                    e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
