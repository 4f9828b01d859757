package org.oxpip.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The training run of JDK 25's AOT cache (JEPs 483, 514, 515): a whole stack of its own (fresh data, its own
 * ports), the services started with {@code -XX:AOTCacheOutput}, a short realistic workload through their public
 * APIs (readiness, the OpenAPI documents, the demo data set: intakes, triage transitions, sessions, measures;
 * the feeds and a summary report), then the services stopped cleanly so that each JVM writes its cache as it
 * exits. Each cache lands beside its jar as {@code target/quarkus-app/app.aot}, which {@link ServiceProcess}
 * then uses (when newer than the jar). Run by deploy/local/run.sh after a build, and by the system tests
 * before their stack starts, so no user's first request ever trains anything.
 */
public final class AotTraining {

    /** How long a training JVM may take to exit: it assembles the cache (a child JVM) before it does. */
    static final Duration EXIT_GRACE = Duration.ofSeconds(Long.getLong("oxpip.aot.exit-timeout", 300));

    /** How long a training JVM may take to become ready (-Doxpip.aot.ready-timeout=<seconds>). */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("oxpip.aot.ready-timeout", 300));

    private AotTraining() {}

    /** Trains when a JDK 25+ is there and a service's cache is missing or older than its jar; else returns. */
    public static void trainIfStale(StackConfig config) {
        ServiceJava.Jdk jdk = ServiceJava.select();
        if (!jdk.supportsAotCache()) {
            Log.info(
                    "AOT cache: not trained, the services run on Java %d (%s): JDK %d+ needed",
                    jdk.feature(), jdk.why(), ServiceJava.AOT_MIN_FEATURE);
            return;
        }
        if (!ServiceJava.needsTraining(jdk, jars(config), config.repoRoot().resolve(ServiceProcess.JVM_OPTIONS))) {
            Log.info("AOT cache: up to date for %s", config.services());
            return;
        }
        train(config);
    }

    /** Trains the caches of {@code config.services()}; the stack it starts is stopped again before it returns. */
    public static void train(StackConfig config) {
        ServiceJava.Jdk jdk = ServiceJava.select();
        if (!jdk.supportsAotCache()) {
            throw new StackException("The AOT cache needs JDK " + ServiceJava.AOT_MIN_FEATURE + "+ for the services; "
                    + jdk.why() + ". Set " + ServiceJava.JAVA_HOME_ENV + " to a JDK 25.");
        }
        if (!config.freshData()) {
            throw new IllegalArgumentException("a training stack loads the demo data: it needs fresh data");
        }
        long t0 = System.nanoTime();
        Map<Service, Path> jars = jars(config);
        Log.info("AOT cache: training run for %s on Java %d (%s)", config.services(), jdk.feature(), jdk.home());
        for (Path jar : jars.values()) {
            deleteIfExists(training(jar));
        }
        LocalStack stack = new LocalStack(config, true);
        try {
            stack.start();
            Log.info("AOT cache: stack ready %s; running the workload", stack.readyTimes());
            workload(stack);
        } finally {
            stack.close(); // the services exit, each JVM writes its cache
        }
        StringBuilder done = new StringBuilder();
        for (Map.Entry<Service, Path> e : jars.entrySet()) {
            Path written = training(e.getValue());
            if (!Files.isRegularFile(written)) {
                throw new StackException("AOT cache: " + e.getKey().module() + " wrote no cache (" + written + "); see "
                        + config.logDir().resolve(e.getKey().module() + ".log"));
            }
            Path cache = ServiceJava.cacheOf(e.getValue());
            try {
                Files.move(written, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                done.append(String.format(" %s %d MB", e.getKey().module(), Files.size(cache) >> 20));
            } catch (IOException ex) {
                throw new StackException("AOT cache: could not move " + written + " to " + cache, ex);
            }
        }
        Log.info(
                "AOT cache written in %d s:%s",
                Duration.ofNanos(System.nanoTime() - t0).toSeconds(), done);
    }

    static Map<Service, Path> jars(StackConfig config) {
        Map<Service, Path> jars = new EnumMap<>(Service.class);
        for (Service s : config.services()) {
            jars.put(s, ServiceProcess.jarOf(config.repoRoot(), s));
        }
        return jars;
    }

    private static Path training(Path jar) {
        return jar.resolveSibling(ServiceJava.CACHE_FILE + ".training");
    }

    /** What a working day touches: the demo data set, then the documents, the feeds and a report. */
    private static void workload(LocalStack stack) {
        new DemoData(stack).load();
        KeycloakTokens tokens = stack.tokens();
        String feedReader = tokens.clientCredentials(DemoRealm.REPORTING_SERVICE);
        String manager = tokens.password(DemoRealm.MANAGER);
        String clinician = tokens.password(DemoRealm.CLINICIAN);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int round = 0; round < 3; round++) {
            for (Service s : stack.config().services()) {
                String base = stack.serviceUrl(s);
                get(http, base + "/q/health/ready", null);
                get(http, base + "/q/openapi", null);
            }
            if (stack.config().services().contains(Service.REFERRALS)) {
                get(http, stack.referralsUrl() + "/api/v1/feed/referrals", feedReader);
                get(http, stack.referralsUrl() + "/api/v1/referrals", clinician);
            }
            if (stack.config().services().contains(Service.OUTCOMES)) {
                get(http, stack.outcomesUrl() + "/api/v1/feed/assessments", feedReader);
                get(http, stack.outcomesUrl() + "/api/v1/feed/quotes", feedReader);
            }
            if (stack.config().services().contains(Service.REPORTING)) {
                for (String format : List.of("", "&format=csv")) {
                    get(
                            http,
                            stack.reportingUrl()
                                    + "/api/v1/reports/summary?from=2023-01-01&to=2023-12-31&fundingStream=DIDCOT_POWERHOUSE"
                                    + format,
                            manager);
                }
            }
        }
    }

    private static void get(HttpClient http, String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status >= 400) {
                Log.info(
                        "AOT cache training: %s answered %d (trained all the same)",
                        URI.create(url).getPath(), status);
            }
        } catch (IOException e) {
            throw new StackException("AOT cache training: " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StackException("Could not delete " + file + ": " + e.getMessage(), e);
        }
    }
}
