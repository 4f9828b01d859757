package org.oxpip.referrals.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oxpip.platform.imports.ImportSheet;
import org.oxpip.platform.security.Caller;

/** The platform's import runner (one run at a time, polled by its id) running the referrals sheet. */
@ApplicationScoped
public class ImportRunner extends org.oxpip.platform.imports.ImportRunner<ReferralImport.Plan> {

    @Inject
    ReferralImport referrals;

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
    protected ReferralImport.Plan plan(ImportSheet sheet, DoubleConsumer progress) {
        return referrals.plan(sheet, progress);
    }

    @Override
    protected void commit(UUID importId, ReferralImport.Plan plan, Caller caller, DoubleConsumer progress) {
        referrals.commit(importId, plan, caller, progress);
    }

    @Override
    protected Map<String, Integer> nothingCreated() {
        return ReferralImport.counts(0, 0);
    }

    @Override
    protected String columnOf(String field) {
        return ReferralColumns.ofField(field);
    }

    void onStart(@Observes StartupEvent started) {
        interrupted();
    }

    @PreDestroy
    void onStop() {
        stop();
    }
}
