package org.oxpip.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Java runs the services, and when the AOT cache is used: the rules of {@link ServiceJava}. */
class ServiceJavaTest {

    @TempDir
    Path dir;

    private Path jdk(String name, String javaVersion) throws IOException {
        Path home = dir.resolve("jvm").resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.createFile(home.resolve("bin/java"));
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
        return home;
    }

    @Test
    void readsTheFeatureReleaseFromTheReleaseFile() {
        assertEquals(OptionalInt.of(25), ServiceJava.parseRelease("JAVA_VERSION=\"25.0.3\"\n"));
        assertEquals(OptionalInt.of(17), ServiceJava.parseRelease("A=1\nJAVA_VERSION=\"17.0.13\"\n"));
        assertEquals(OptionalInt.of(26), ServiceJava.parseRelease("JAVA_VERSION=\"26\"\n"));
        assertEquals(OptionalInt.of(25), ServiceJava.parseRelease("JAVA_VERSION=\"25-ea\"\n"));
        assertEquals(OptionalInt.of(8), ServiceJava.parseRelease("JAVA_VERSION=\"1.8.0_412\"\n"));
        assertEquals(OptionalInt.empty(), ServiceJava.parseRelease("IMPLEMENTOR=\"x\"\n"));
    }

    @Test
    void aJdk25FoundOnTheMachineWinsOverTheLaunchersJava17() throws IOException {
        Path j17 = jdk("java-17-openjdk-amd64", "17.0.13");
        Path j25 = jdk("temurin-25-jdk-amd64", "25.0.3");
        ServiceJava.Jdk chosen = ServiceJava.select(Optional.empty(), List.of(j17, j25), j17, 17);
        assertEquals(j25, chosen.home());
        assertEquals(25, chosen.feature());
        assertTrue(chosen.supportsAotCache());
    }

    @Test
    void theNewestOfSeveralJdksIsChosen() throws IOException {
        Path j25 = jdk("temurin-25-jdk-amd64", "25.0.3");
        Path j26 = jdk("temurin-26-jdk-amd64", "26.0.1");
        Path launcher = jdk("java-17", "17.0.13");
        assertEquals(
                j26,
                ServiceJava.select(Optional.empty(), List.of(j25, j26), launcher, 17)
                        .home());
    }

    @Test
    void theConfiguredJdkIsUsedAsItIsEvenAnOldOne() throws IOException {
        Path j17 = jdk("java-17", "17.0.13");
        Path j25 = jdk("temurin-25", "25.0.3");
        ServiceJava.Jdk chosen = ServiceJava.select(Optional.of(j17), List.of(j25), j25, 25);
        assertEquals(j17, chosen.home());
        assertFalse(chosen.supportsAotCache());
        assertEquals(ServiceJava.JAVA_HOME_ENV, chosen.why());
    }

    @Test
    void aConfiguredFolderWithoutJavaIsRefused() {
        assertThrows(
                StackException.class,
                () -> ServiceJava.select(Optional.of(dir.resolve("nothing")), List.of(), dir, 17));
    }

    @Test
    void theLaunchersOwnJavaWhenItIsRecentEnoughOrNothingElseIsFound() throws IOException {
        Path j17 = jdk("java-17", "17.0.13");
        Path launcher25 = jdk("launcher-25", "25.0.1");
        Path other25 = jdk("other-25", "25.0.3");
        assertEquals(
                launcher25,
                ServiceJava.select(Optional.empty(), List.of(other25), launcher25, 25)
                        .home());
        ServiceJava.Jdk fallback = ServiceJava.select(Optional.empty(), List.of(j17), j17, 17);
        assertEquals(j17, fallback.home());
        assertFalse(fallback.supportsAotCache());
        assertTrue(fallback.why().contains("slower start"), fallback.why());
    }

    @Test
    void aFolderWithoutJavaOrReleaseFileIsNoCandidate() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("jvm/temurin-25-broken"));
        Files.writeString(broken.resolve("release"), "JAVA_VERSION=\"25\"\n"); // but no bin/java
        Path noRelease = dir.resolve("jvm/no-release");
        Files.createDirectories(noRelease.resolve("bin"));
        Files.createFile(noRelease.resolve("bin/java")).toFile().setExecutable(true);
        Path j17 = jdk("java-17", "17.0.13");
        assertEquals(
                j17,
                ServiceJava.select(Optional.empty(), List.of(broken, noRelease), j17, 17)
                        .home());
    }

    private static void touch(Path file, Instant at) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.createFile(file);
        }
        Files.setLastModifiedTime(file, FileTime.from(at));
    }

    private final ServiceJava.Jdk jdk25 = new ServiceJava.Jdk(Path.of("/jdk25"), 25, "test");
    private final ServiceJava.Jdk jdk17 = new ServiceJava.Jdk(Path.of("/jdk17"), 17, "test");
    private final Instant built = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aCacheNewerThanTheJarIsUsed() throws IOException {
        Path jar = dir.resolve("quarkus-app/quarkus-run.jar");
        touch(jar, built);
        touch(jar.resolveSibling("app.aot"), built.plusSeconds(90));
        ServiceJava.CacheUse use = ServiceJava.cacheUse(jdk25, jar);
        assertEquals(new ServiceJava.CacheUse.Use(jar.resolveSibling("app.aot")), use);
    }

    @Test
    void aCacheOlderThanTheJarIsStaleAndNotUsed() throws IOException {
        Path jar = dir.resolve("quarkus-app/quarkus-run.jar");
        touch(jar.resolveSibling("app.aot"), built.minusSeconds(60));
        touch(jar, built);
        ServiceJava.CacheUse use = ServiceJava.cacheUse(jdk25, jar);
        assertInstanceOf(ServiceJava.CacheUse.Without.class, use);
        assertTrue(((ServiceJava.CacheUse.Without) use).reason().contains("older than the jar"));
        // same second: not newer, so not trusted either
        touch(jar.resolveSibling("app.aot"), built);
        assertInstanceOf(ServiceJava.CacheUse.Without.class, ServiceJava.cacheUse(jdk25, jar));
    }

    @Test
    void aCacheOlderThanTheJvmOptionsFileIsStaleAndNotUsed() throws IOException {
        Path jar = dir.resolve("quarkus-app/quarkus-run.jar");
        Path options = dir.resolve("service-jvm.options");
        touch(jar, built);
        touch(jar.resolveSibling("app.aot"), built.plusSeconds(90));
        touch(options, built.plusSeconds(120)); // edited after the training run
        ServiceJava.CacheUse use = ServiceJava.cacheUse(jdk25, jar, options);
        assertTrue(((ServiceJava.CacheUse.Without) use).reason().contains("older than service-jvm.options"));
        assertTrue(ServiceJava.needsTraining(jdk25, Map.of(Service.REFERRALS, jar), options));
        touch(jar.resolveSibling("app.aot"), built.plusSeconds(150)); // trained again
        assertInstanceOf(ServiceJava.CacheUse.Use.class, ServiceJava.cacheUse(jdk25, jar, options));
        assertFalse(ServiceJava.needsTraining(jdk25, Map.of(Service.REFERRALS, jar), options));
    }

    @Test
    void aMissingCacheIsNoErrorTheServiceStartsWithout() throws IOException {
        Path jar = dir.resolve("quarkus-app/quarkus-run.jar");
        touch(jar, built);
        ServiceJava.CacheUse use = ServiceJava.cacheUse(jdk25, jar);
        assertTrue(((ServiceJava.CacheUse.Without) use).reason().startsWith("no AOT cache"));
    }

    @Test
    void java17NeverGetsTheCacheEvenAFreshOne() throws IOException {
        Path jar = dir.resolve("quarkus-app/quarkus-run.jar");
        touch(jar, built);
        touch(jar.resolveSibling("app.aot"), built.plusSeconds(90));
        ServiceJava.CacheUse use = ServiceJava.cacheUse(jdk17, jar);
        assertTrue(((ServiceJava.CacheUse.Without) use).reason().contains("Java 17"));
    }

    @Test
    void trainingIsNeededWhenAnyCacheIsMissingOrStaleAndOnlyWithJdk25() throws IOException {
        Path fresh = dir.resolve("a/quarkus-app/quarkus-run.jar");
        touch(fresh, built);
        touch(fresh.resolveSibling("app.aot"), built.plusSeconds(90));
        Path stale = dir.resolve("b/quarkus-app/quarkus-run.jar");
        touch(stale.resolveSibling("app.aot"), built);
        touch(stale, built.plusSeconds(90));
        assertFalse(ServiceJava.needsTraining(jdk25, Map.of(Service.REFERRALS, fresh)));
        assertTrue(ServiceJava.needsTraining(jdk25, Map.of(Service.REFERRALS, fresh, Service.OUTCOMES, stale)));
        assertFalse(ServiceJava.needsTraining(jdk17, Map.of(Service.OUTCOMES, stale)), "nothing to train on Java 17");
    }
}
