package org.oxpip.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which Java runs the services, and whether it may use the service's AOT cache. Pure rules, so that they are
 * tested without starting anything:
 *
 * <ul>
 *   <li>the JDK: {@code OXPIP_SERVICE_JAVA_HOME} (or {@code -Doxpip.service.java.home}) when set; otherwise the
 *       newest JDK 25 or later under {@code /usr/lib/jvm}; otherwise the launcher's own Java (17: slower start);
 *   <li>the cache ({@code <module>/target/quarkus-app/app.aot}, written by {@link AotTraining}): used only with a
 *       JDK of at least {@link #AOT_MIN_FEATURE} and only when it is newer than the service's jar; a missing or
 *       stale cache is no error, the service starts without it (as fast as before).
 * </ul>
 */
final class ServiceJava {

    /** JDK 25: AOT cache with one-step training ({@code -XX:AOTCacheOutput}, JEP 514) and method profiles (515). */
    static final int AOT_MIN_FEATURE = 25;

    static final String JAVA_HOME_ENV = "OXPIP_SERVICE_JAVA_HOME";
    static final String JAVA_HOME_PROPERTY = "oxpip.service.java.home";
    static final Path JVM_DIR = Path.of("/usr/lib/jvm");

    /** The cache's name beside the service's quarkus-run.jar. */
    static final String CACHE_FILE = "app.aot";

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?(\\d+)(?:[.\"+-]|$)");

    /**
     * @param home    the JDK's directory
     * @param feature its feature release (17, 25), or 0 when unknown
     * @param why     how it was chosen, for the log
     */
    record Jdk(Path home, int feature, String why) {
        Path java() {
            return home.resolve("bin").resolve("java");
        }

        boolean supportsAotCache() {
            return feature >= AOT_MIN_FEATURE;
        }
    }

    private ServiceJava() {}

    /** The JDK for the services on this machine. */
    static Jdk select() {
        String configured = System.getProperty(JAVA_HOME_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(JAVA_HOME_ENV);
        }
        return select(
                Optional.ofNullable(configured).filter(s -> !s.isBlank()).map(Path::of),
                candidatesIn(JVM_DIR),
                Path.of(System.getProperty("java.home")),
                Runtime.version().feature());
    }

    /**
     * @param configured    OXPIP_SERVICE_JAVA_HOME, if set: used as it is, whatever its version
     * @param candidates    JDK directories found on the machine
     * @param launcherHome  the launcher's own java.home, the last resort
     */
    static Jdk select(Optional<Path> configured, List<Path> candidates, Path launcherHome, int launcherFeature) {
        if (configured.isPresent()) {
            Path home = configured.get();
            if (!Files.isExecutable(home.resolve("bin/java"))) {
                throw new StackException(JAVA_HOME_ENV + "=" + home + " has no bin/java");
            }
            return new Jdk(home, feature(home).orElse(0), JAVA_HOME_ENV);
        }
        if (launcherFeature >= AOT_MIN_FEATURE) {
            return new Jdk(launcherHome, launcherFeature, "the launcher's own Java");
        }
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .map(home -> new Jdk(home, feature(home).orElse(0), "found in " + home.getParent()))
                .filter(Jdk::supportsAotCache)
                .max(Comparator.comparingInt(Jdk::feature)
                        .thenComparing(j -> j.home().toString()))
                .orElseGet(() -> new Jdk(
                        launcherHome,
                        launcherFeature,
                        "the launcher's own Java (no JDK " + AOT_MIN_FEATURE + "+ found; set " + JAVA_HOME_ENV
                                + "): no AOT cache, slower start"));
    }

    /** The feature release from a JDK's {@code release} file. */
    static OptionalInt feature(Path home) {
        try {
            return parseRelease(Files.readString(home.resolve("release")));
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    static OptionalInt parseRelease(String releaseFile) {
        Matcher m = JAVA_VERSION.matcher(releaseFile);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        int major = Integer.parseInt(m.group(1));
        if (major == 1) { // 1.8.0_...
            return OptionalInt.of(8);
        }
        return OptionalInt.of(major);
    }

    static List<Path> candidatesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether to start with the cache, and if not, why not (logged once per service). */
    sealed interface CacheUse {
        record Use(Path cache) implements CacheUse {}

        record Without(String reason) implements CacheUse {}
    }

    static Path cacheOf(Path jar) {
        return jar.resolveSibling(CACHE_FILE);
    }

    /** The rule: a JDK 25+, a cache that exists, and one newer than the jar it was trained on. */
    static CacheUse cacheUse(Jdk jdk, Path jar) {
        return cacheUse(jdk, jar, null);
    }

    /**
     * The same, and a cache newer than the services' JVM options file too (when given): the JVM refuses a
     * cache trained with other options (the collector, for one), so a changed file means training again.
     */
    static CacheUse cacheUse(Jdk jdk, Path jar, Path jvmOptions) {
        if (!jdk.supportsAotCache()) {
            return new CacheUse.Without("Java " + jdk.feature() + " has no AOT cache (needs " + AOT_MIN_FEATURE
                    + "+; set " + JAVA_HOME_ENV + ")");
        }
        Path cache = cacheOf(jar);
        Optional<FileTime> cacheTime = modified(cache);
        if (cacheTime.isEmpty()) {
            return new CacheUse.Without("no AOT cache " + cache + " (deploy/local/run.sh trains one after a build)");
        }
        Optional<FileTime> jarTime = modified(jar);
        if (jarTime.isPresent() && cacheTime.get().compareTo(jarTime.get()) <= 0) {
            return new CacheUse.Without("the AOT cache " + cache + " is older than the jar (rebuilt since): "
                    + "run deploy/local/run.sh --train-aot");
        }
        Optional<FileTime> optionsTime = jvmOptions == null ? Optional.empty() : modified(jvmOptions);
        if (optionsTime.isPresent() && cacheTime.get().compareTo(optionsTime.get()) <= 0) {
            return new CacheUse.Without("the AOT cache " + cache + " is older than " + jvmOptions.getFileName()
                    + " (changed since): run deploy/local/run.sh --train-aot");
        }
        return new CacheUse.Use(cache);
    }

    /** True when a training run would change something: a JDK 25+ and a service whose cache is missing or stale. */
    static boolean needsTraining(Jdk jdk, Map<Service, Path> jars) {
        return needsTraining(jdk, jars, null);
    }

    /** The same, a cache older than the JVM options file (when given) counting as stale. */
    static boolean needsTraining(Jdk jdk, Map<Service, Path> jars, Path jvmOptions) {
        return jdk.supportsAotCache()
                && jars.values().stream().anyMatch(jar -> cacheUse(jdk, jar, jvmOptions) instanceof CacheUse.Without);
    }

    private static Optional<FileTime> modified(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.getLastModifiedTime(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
