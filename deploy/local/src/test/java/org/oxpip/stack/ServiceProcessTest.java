package org.oxpip.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's command line: the chosen JDK, and the AOT cache flags that must be all that differs. */
class ServiceProcessTest {

    @TempDir
    Path repo;

    private final ServiceJava.Jdk jdk25 = new ServiceJava.Jdk(Path.of("/opt/jdk25"), 25, "test");

    private List<String> command(ServiceJava.Jdk jdk, boolean training) {
        StackConfig config = StackConfig.forAotTraining(repo, Map.of(), 1000);
        ServiceProcess p = new ServiceProcess(
                config,
                Service.REFERRALS,
                new LocalDatabase(config, new Lifecycle()),
                "http://localhost:9180/realms/oxpip",
                new Lifecycle(),
                jdk,
                training);
        return p.command();
    }

    private Path builtJar(Instant at) throws IOException {
        Path jar = ServiceProcess.jarOf(repo, Service.REFERRALS);
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(at));
        return jar;
    }

    @Test
    void runsOnTheChosenJdkWithTheFreshCache() throws IOException {
        Instant built = Instant.parse("2026-12-07T10:00:00Z");
        Path jar = builtJar(built);
        Path cache = Files.writeString(jar.resolveSibling("app.aot"), "cache");
        Files.setLastModifiedTime(cache, FileTime.from(built.plusSeconds(120)));
        List<String> cmd = command(jdk25, false);
        assertEquals("/opt/jdk25/bin/java", cmd.get(0));
        assertTrue(cmd.contains("-XX:AOTCache=" + cache), cmd.toString());
        assertEquals(jar.toString(), cmd.get(cmd.size() - 1));
    }

    @Test
    void trainingAndUseDifferOnlyInTheCacheFlag() throws IOException {
        Instant built = Instant.parse("2026-12-07T10:00:00Z");
        Path jar = builtJar(built);
        Path cache = Files.writeString(jar.resolveSibling("app.aot"), "cache");
        Files.setLastModifiedTime(cache, FileTime.from(built.plusSeconds(120)));
        Files.createDirectories(repo.resolve("deploy/local"));
        Files.writeString(repo.resolve(ServiceProcess.JVM_OPTIONS), "-Xmx160m\n");
        List<String> use = command(jdk25, false);
        List<String> training = command(jdk25, true);
        assertEquals(
                use.stream().filter(a -> !a.startsWith("-XX:AOTCache=")).toList(),
                training.stream()
                        .filter(a -> !a.startsWith("-XX:AOTCacheOutput="))
                        .toList());
        assertTrue(training.contains("-XX:AOTCacheOutput=" + jar.resolveSibling("app.aot.training")));
        assertFalse(training.stream().anyMatch(a -> a.startsWith("-XX:AOTCache=")), "training never reads a cache");
    }

    @Test
    void aStaleCacheOrJava17StartsWithoutIt() throws IOException {
        Instant built = Instant.parse("2026-12-07T10:00:00Z");
        Path cache = ServiceJava.cacheOf(ServiceProcess.jarOf(repo, Service.REFERRALS));
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "cache");
        Files.setLastModifiedTime(cache, FileTime.from(built.minusSeconds(1)));
        builtJar(built);
        assertFalse(command(jdk25, false).stream().anyMatch(a -> a.startsWith("-XX:AOT")));
        assertFalse(command(new ServiceJava.Jdk(Path.of("/opt/jdk17"), 17, "test"), false).stream()
                .anyMatch(a -> a.startsWith("-XX:AOT")));
    }
}
