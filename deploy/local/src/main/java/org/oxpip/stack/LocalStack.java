package org.oxpip.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The whole system on one machine: PostgreSQL, then Keycloak, then the services (in parallel), each waited
 * for until healthy; stopped in reverse order by {@link #close()} or, if nobody calls it, by a JVM shutdown
 * hook (Ctrl-C). Used by deploy/local/run.sh and by the system tests:
 *
 * <pre>{@code
 * try (LocalStack stack = new LocalStack(StackConfig.forSystemTests(StackConfig.findRepoRoot())).start()) {
 *     String token = stack.tokens().clientCredentials(DemoRealm.PARTNER_AGENCY_A);
 *     // call stack.serviceUrl(Service.REFERRALS) + "/api/v1/referrals" ...
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    private static final String DATA_MARKER = ".oxpip-stack-data";

    private final StackConfig config;
    private final LocalDatabase database;
    private final LocalKeycloak keycloak;
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final Map<String, Duration> readyTimes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Thread shutdownHook = new Thread(this::close, "oxpip-stack-shutdown");
    private final Lifecycle lifecycle = new Lifecycle();
    private volatile DataDirLock dataDirLock;
    private volatile boolean started;
    private final boolean aotTraining;

    public LocalStack(StackConfig config) {
        this(config, false);
    }

    /**
     * @param aotTraining start the services so that each writes its AOT cache when stopped ({@link AotTraining})
     */
    LocalStack(StackConfig config, boolean aotTraining) {
        this.config = config;
        this.aotTraining = aotTraining;
        this.database = new LocalDatabase(config, lifecycle);
        this.keycloak = new LocalKeycloak(config, database, lifecycle);
    }

    /** Starts everything and waits until each part is ready; on failure stops what it started and throws. */
    public synchronized LocalStack start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        Runtime.getRuntime().addShutdownHook(shutdownHook); // Ctrl-C during start also cleans up
        try {
            prepareDataDir();
            ServiceJava.Jdk jdk = ServiceJava.select();
            if (!config.services().isEmpty()) {
                Log.info("Services run on Java %d (%s, %s)", jdk.feature(), jdk.home(), jdk.why());
            }
            List<ServiceProcess> wanted = Stream.of(Service.values())
                    .filter(config.services()::contains)
                    .map(s -> new ServiceProcess(config, s, database, keycloak.issuer(), lifecycle, jdk, aotTraining))
                    .toList();
            wanted.forEach(ServiceProcess::checkStartable); // a missing jar fails now, not after a minute
            timed("PostgreSQL", database::start);
            ensureOpen();
            timed("Keycloak", keycloak::start);
            ensureOpen();
            startServices(wanted);
            Log.info("Stack ready: %s", readyTimes);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startServices(List<ServiceProcess> wanted) {
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (ServiceProcess service : wanted) {
            services.add(service);
            long t0 = System.nanoTime();
            service.start();
            ensureOpen();
            // Waited for in parallel: the JVMs start side by side, so the slowest one sets the pace.
            ready.add(CompletableFuture.runAsync(() -> {
                service.awaitReady();
                readyTimes.put(service.service().module(), Duration.ofNanos(System.nanoTime() - t0));
            }));
        }
        // The first failure ends the wait: no point waiting two minutes for the others.
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        ready.forEach(f -> f.whenComplete((ok, error) -> {
            if (error != null) {
                firstFailure.completeExceptionally(error);
            }
        }));
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)), firstFailure)
                    .join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void timed(String part, Runnable step) {
        long t0 = System.nanoTime();
        step.run();
        readyTimes.put(part, Duration.ofNanos(System.nanoTime() - t0));
    }

    private void ensureOpen() {
        if (lifecycle.isClosed()) {
            throw new StackException("stopped while starting");
        }
    }

    /**
     * Locks the data dir, stops whatever a killed launcher left running on it, and for a fresh stack empties it
     * (but only if the stack created it).
     */
    private void prepareDataDir() {
        Path dir = config.dataDir();
        try {
            if (config.freshData() && Files.exists(dir) && !Files.exists(dir.resolve(DATA_MARKER))) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.anyMatch(p -> !p.getFileName().toString().equals(DataDirLock.FILE_NAME))) {
                        throw new StackException("Refusing to wipe " + dir + ": it is not empty and was not created by "
                                + "the local stack (no " + DATA_MARKER + " file).");
                    }
                }
            }
            dataDirLock = DataDirLock.acquire(dir);
            // We hold the lock, so no launcher is alive on this dir: any process in its pid files is a leftover.
            ManagedProcess.stopLeftoversIn(config.logDir());
            LocalDatabase.stopLeftoverPostmaster(dir.resolve(LocalDatabase.PGDATA));
            if (config.freshData()) {
                try (Stream<Path> entries = Files.list(dir)) {
                    for (Path p : (Iterable<Path>) entries::iterator) {
                        if (!p.getFileName().toString().equals(DataDirLock.FILE_NAME)) {
                            KeycloakDistribution.deleteTree(p);
                        }
                    }
                }
            }
            Files.createDirectories(config.logDir());
            Files.writeString(
                    dir.resolve(DATA_MARKER), "Data of the OxPIP local stack; safe to delete when it is stopped.\n");
        } catch (IOException e) {
            throw new StackException("Could not prepare the data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Stops the services, then Keycloak, then PostgreSQL. Safe to call more than once. */
    @Override
    public void close() {
        if (!lifecycle.close()) {
            return;
        }
        if (Thread.currentThread() != shutdownHook && started) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or about to: it finds 'closed' set and returns
            }
        }
        if (dataDirLock == null) {
            return; // nothing was started (e.g. another stack holds the data dir)
        }
        Log.info("Stopping the stack...");
        List<ServiceProcess> reversed = new ArrayList<>(services);
        Collections.reverse(reversed);
        // In parallel: they do not depend on each other to shut down, and Quarkus takes a moment each.
        reversed.stream()
                .map(s -> CompletableFuture.runAsync(s::close))
                .toList()
                .forEach(CompletableFuture::join);
        keycloak.close();
        database.close();
        dataDirLock.close();
        Log.info("Stack stopped.");
    }

    /** A part of the stack that {@link #stop(Part)} and {@link #start(Part)} can take down and bring back. */
    public enum Part {
        POSTGRESQL,
        KEYCLOAK,
        REFERRALS,
        OUTCOMES,
        REPORTING;

        public static Part of(Service service) {
            return valueOf(service.name());
        }
    }

    /**
     * Stops one part of the running stack, so that tests can see how the rest copes: a service or Keycloak gets
     * SIGTERM (SIGKILL after its grace time), the embedded PostgreSQL a fast shutdown. Nothing else is touched.
     */
    public synchronized void stop(Part part) {
        requireRunning();
        switch (part) {
            case POSTGRESQL -> {
                requireEmbeddedDatabase();
                database.close();
            }
            case KEYCLOAK -> keycloak.close();
            default -> service(part).close();
        }
        Log.info("%s stopped", part);
    }

    /** Starts a part stopped by {@link #stop(Part)} again, as it was, and waits until it is ready. */
    public synchronized void start(Part part) {
        requireRunning();
        switch (part) {
            case POSTGRESQL -> {
                requireEmbeddedDatabase();
                database.start();
            }
            case KEYCLOAK -> keycloak.start();
            default -> {
                ServiceProcess service = service(part);
                PortCheck.requireFree(
                        config.ports().of(service.service()), service.service().module());
                service.start();
                service.awaitReady();
            }
        }
        Log.info("%s started again", part);
    }

    private ServiceProcess service(Part part) {
        return services.stream()
                .filter(s -> s.service().name().equals(part.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(part + " is not part of this stack"));
    }

    private void requireRunning() {
        if (!started || lifecycle.isClosed()) {
            throw new IllegalStateException("the stack is not running");
        }
    }

    private void requireEmbeddedDatabase() {
        if (config.externalDatabase().isPresent()) {
            throw new IllegalStateException("an external PostgreSQL server is not ours to stop");
        }
    }

    public StackConfig config() {
        return config;
    }

    /** e.g. http://localhost:8180 */
    public String keycloakUrl() {
        return keycloak.baseUrl();
    }

    /** The tokens' {@code iss}, e.g. http://localhost:8180/realms/oxpip */
    public String issuer() {
        return keycloak.issuer();
    }

    /** e.g. http://localhost:8081 for {@link Service#REFERRALS} */
    public String serviceUrl(Service service) {
        return "http://localhost:" + config.ports().of(service);
    }

    public String referralsUrl() {
        return serviceUrl(Service.REFERRALS);
    }

    public String outcomesUrl() {
        return serviceUrl(Service.OUTCOMES);
    }

    public String reportingUrl() {
        return serviceUrl(Service.REPORTING);
    }

    /** JDBC URL of a service's database, for tests that check what is (not) stored there. */
    public String jdbcUrl(Service service) {
        return database.jdbcUrl(service.database());
    }

    /** e.g. jdbc:postgresql://localhost:5532/ (no database) */
    public String databaseServerUrl() {
        return database.serverUrl();
    }

    public String databaseUser() {
        return database.username();
    }

    public String databasePassword() {
        return database.password();
    }

    /** Tokens from this stack's Keycloak. */
    public KeycloakTokens tokens() {
        return new KeycloakTokens(issuer());
    }

    /** How long each part took to become ready, in start order ("PostgreSQL", "Keycloak", module names). */
    public Map<String, Duration> readyTimes() {
        synchronized (readyTimes) {
            return new LinkedHashMap<>(readyTimes);
        }
    }

    /** Resident memory of each running part in kB (process and children; Linux only). */
    public Map<String, OptionalLong> memoryKb() {
        Map<String, OptionalLong> rss = new LinkedHashMap<>();
        rss.put("PostgreSQL", database.rssKb());
        rss.put("Keycloak", keycloak.rssKb());
        services.forEach(s -> rss.put(s.service().module(), s.rssKb()));
        return rss;
    }

    /** True when this start ran Keycloak's build step (only the distribution's first start should). */
    public boolean keycloakRebuilt() {
        return keycloak.rebuilt();
    }

    public Path logDir() {
        return config.logDir();
    }

    boolean embeddedDatabase() {
        return database.isEmbedded();
    }
}
