package org.oxpip.referrals.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oxpip.feed.ReferralFacts;
import org.oxpip.platform.imports.ImportSheet;
import org.oxpip.platform.security.Caller;
import org.oxpip.referrals.feed.FeedWriter;

/**
 * The platform's import runner (one run at a time, polled by its id) running the referrals sheet, the sessions
 * sheet, or both of one workbook: referrals first, so that a session finds a family the same upload creates.
 */
@ApplicationScoped
public class ImportRunner extends org.oxpip.platform.imports.ImportRunner<UploadPlan> {

    @Inject
    ReferralImport referrals;

    @Inject
    SessionImport sessions;

    @Inject
    FeedWriter feed;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "oxpip.imports.commit-timeout", defaultValue = "PT10M")
    Duration commitTimeout;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected ObjectMapper mapper() {
        return mapper;
    }

    @Override
    protected Duration commitTimeout() {
        return commitTimeout;
    }

    @Override
    protected UploadPlan plan(ImportSheet sheet, DoubleConsumer progress) {
        return plan(List.of(sheet), progress);
    }

    @Override
    protected UploadPlan plan(List<ImportSheet> sheets, DoubleConsumer progress) {
        double rows = Math.max(1, sheets.stream().mapToInt(s -> s.rows().size()).sum());
        ReferralImport.Plan referralPlan = null;
        SessionImport.Plan sessionPlan = null;
        double before = 0;
        for (ImportSheet sheet : sheets) {
            double from = before;
            double share = sheet.rows().size() / rows;
            DoubleConsumer part = done -> progress.accept(from + share * done);
            if (sheet.name().equals(SessionColumns.SHEET)) {
                sessionPlan = sessions.plan(sheet, referralPlan, part);
            } else {
                referralPlan = referrals.plan(sheet, part);
            }
            before += share;
        }
        return new UploadPlan(referralPlan, sessionPlan);
    }

    /** Referrals, then sessions, then every feed item at once, last (the feed counter's lock is held to commit). */
    @Override
    protected void commit(UUID importId, UploadPlan plan, Caller caller, DoubleConsumer progress) {
        List<ReferralFacts> changes = new ArrayList<>();
        boolean both = plan.referrals() != null && plan.sessions() != null;
        if (plan.referrals() != null) {
            changes.addAll(referrals.commit(
                    importId, plan.referrals(), caller, done -> progress.accept(both ? done / 2 : done)));
        }
        if (plan.sessions() != null) {
            changes.addAll(sessions.commit(
                    importId, plan.sessions(), caller, done -> progress.accept(both ? 0.5 + done / 2 : done)));
        }
        feed.appendAll(changes);
    }

    @Override
    protected Map<String, Integer> nothingCreated() {
        return ReferralImport.counts(0, 0, 0);
    }

    @Override
    protected String columnOf(String field) {
        String column = ReferralColumns.ofField(field);
        return column != null ? column : SessionColumns.ofField(field);
    }

    void onStart(@Observes StartupEvent started) {
        interrupted();
    }

    @PreDestroy
    void onStop() {
        stop();
    }
}
