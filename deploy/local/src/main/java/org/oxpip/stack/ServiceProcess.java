package org.oxpip.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One service, run from its built Quarkus jar with the stack's ports, database and Keycloak passed in as
 * configuration (system properties; secrets as environment variables so that ps does not show them).
 */
final class ServiceProcess implements AutoCloseable {

    /**
     * How long a service may take to answer ready: 120 s, or {@code -Doxpip.stack.ready-timeout=<seconds>} on a
     * machine busy with other work (several test stacks on two cores took a service past two minutes).
     */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("oxpip.stack.ready-timeout", 120));

    /** The services' JVM options (heap cap), one file for the launcher and the benchmarks. */
    static final String JVM_OPTIONS = "deploy/local/service-jvm.options";

    /** glibc's malloc arenas for the services and Keycloak (environment variable MALLOC_ARENA_MAX). */
    static final String MALLOC_ARENA_MAX = "2";

    /**
     * The services' connection pools: at most this many connections each (Quarkus's default is 20). On two
     * cores more do not run more SQL at once, and each idle PostgreSQL backend keeps ~3 MB of its own.
     */
    static final int POOL_MAX_SIZE = 8;

    private final StackConfig config;
    private final Service service;
    private final LocalDatabase database;
    private final String issuer;
    private final ManagedProcess process;
    private final ServiceJava.Jdk jdk;
    private final boolean aotTraining;
    private volatile boolean cacheReasonLogged;

    ServiceProcess(
            StackConfig config,
            Service service,
            LocalDatabase database,
            String issuer,
            Lifecycle lifecycle,
            ServiceJava.Jdk jdk,
            boolean aotTraining) {
        this.config = config;
        this.service = service;
        this.database = database;
        this.issuer = issuer;
        this.process = new ManagedProcess(service.module(), config.logDir(), lifecycle);
        this.jdk = jdk;
        this.aotTraining = aotTraining;
    }

    /** Where a training run has the JVM write the cache; moved to {@link #aotCache()} once complete. */
    Path aotCacheInTraining() {
        return jar().resolveSibling(ServiceJava.CACHE_FILE + ".training");
    }

    Path aotCache() {
        return ServiceJava.cacheOf(jar());
    }

    Service service() {
        return service;
    }

    String baseUrl() {
        return "http://localhost:" + config.ports().of(service);
    }

    Path jar() {
        return jarOf(config.repoRoot(), service);
    }

    static Path jarOf(Path repoRoot, Service service) {
        return repoRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Checks done before anything starts, so a missing build fails in a second, not after Keycloak's start. */
    void checkStartable() {
        if (!Files.isRegularFile(jar())) {
            throw new StackException(service.module() + " is not built: " + jar() + " is missing.\n"
                    + "Build it first: ./mvnw -B install -DskipTests   (or run deploy/local/run.sh without --skip-build)"
                    + "\nor leave it out: --services=... / --no-services");
        }
        PortCheck.requireFree(config.ports().of(service), service.module());
    }

    void start() {
        Path workDir = config.dataDir().resolve("run").resolve(service.module());
        try {
            // Not the module directory: a developer's .env or config/ there is meant for quarkus:dev only.
            Files.createDirectories(workDir);
        } catch (java.io.IOException e) {
            throw new StackException("Could not create " + workDir + ": " + e.getMessage(), e);
        }
        ProcessBuilder builder = new ProcessBuilder(command()).directory(workDir.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        clientSecret().ifPresent(secret -> env.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", secret));
        // The document's server, which Swagger UI calls: this stack's port, not the service's default one.
        env.put("OXPIP_API_URL", baseUrl());
        // glibc gives each thread that mallocs its own arena (up to 8 per core), and keeps what the JIT compilers
        // freed in them: two arenas hold less idle memory (measured with the rest in service-jvm.options).
        env.put("MALLOC_ARENA_MAX", MALLOC_ARENA_MAX);
        Log.info("%s: starting on %s", service.module(), baseUrl());
        process.start(builder);
    }

    void awaitReady() {
        // A training JVM records as it runs, and is slower to start: it gets more time on a busy machine.
        Readiness.await(
                process,
                baseUrl() + "/q/health/ready",
                aotTraining && READY_TIMEOUT.compareTo(AotTraining.READY_TIMEOUT) < 0
                        ? AotTraining.READY_TIMEOUT
                        : READY_TIMEOUT);
    }

    List<String> command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(jdk.java().toString());
        Path jvmOptions = config.repoRoot().resolve(JVM_OPTIONS);
        if (Files.isRegularFile(jvmOptions)) {
            cmd.add("@" + jvmOptions); // a Java argument file: the heap cap, shared with deploy/bench
        }
        // The AOT cache: the same JVM options in training and in use (the JVM refuses a cache otherwise), only
        // -XX:AOTCacheOutput / -XX:AOTCache differ.
        if (aotTraining) {
            cmd.add("-XX:AOTCacheOutput=" + aotCacheInTraining());
        } else {
            ServiceJava.CacheUse use = ServiceJava.cacheUse(jdk, jar(), jvmOptions);
            if (use instanceof ServiceJava.CacheUse.Use cache) {
                cmd.add("-XX:AOTCache=" + cache.cache());
            } else if (use instanceof ServiceJava.CacheUse.Without without && !cacheReasonLogged) {
                cacheReasonLogged = true;
                Log.info("%s: starting without the AOT cache: %s", service.module(), without.reason());
            }
        }
        cmd.add("-Dquarkus.http.host=127.0.0.1"); // loopback only, as Keycloak: demo tokens must not reach it from afar
        cmd.add("-Dquarkus.http.port=" + config.ports().of(service));
        cmd.add("-Dquarkus.datasource.jdbc.url=" + database.jdbcUrl(service.database()));
        cmd.add("-Dquarkus.datasource.username=" + database.username());
        cmd.add("-Dquarkus.datasource.jdbc.max-size=" + POOL_MAX_SIZE);
        cmd.add("-Dquarkus.oidc.auth-server-url=" + issuer);
        if (service == Service.OUTCOMES || service == Service.REPORTING) {
            cmd.add("-Dquarkus.rest-client.referrals.url=http://localhost:"
                    + config.ports().referrals());
        }
        if (service == Service.REPORTING) {
            cmd.add("-Dquarkus.rest-client.outcomes.url=http://localhost:"
                    + config.ports().outcomes());
        }
        if (service == Service.OUTCOMES) {
            // Erasures are pulled from referrals-service; locally a short wait keeps the demo and tests brisk.
            cmd.add("-Doxpip.erasure.poll-interval=2s");
        }
        cmd.add("-jar");
        cmd.add(jar().toString());
        return cmd;
    }

    /** The service's own client secret for calling the others (the demo realm's throw-away value). */
    private java.util.Optional<String> clientSecret() {
        return switch (service) {
            case OUTCOMES -> java.util.Optional.of(DemoRealm.OUTCOMES_SERVICE.secret());
            case REPORTING -> java.util.Optional.of(DemoRealm.REPORTING_SERVICE.secret());
            case REFERRALS -> java.util.Optional.empty();
        };
    }

    OptionalLong rssKb() {
        return process.rssKb();
    }

    Path logFile() {
        return process.logFile();
    }

    @Override
    public void close() {
        // A training JVM writes its cache as it exits (a child JVM assembles it): that takes a while on a busy machine.
        process.stop(aotTraining ? AotTraining.EXIT_GRACE : Duration.ofSeconds(20));
    }
}
