package org.oxpip.stack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Keycloak in dev mode on the stack's PostgreSQL, importing the demo realm on first start.
 *
 * <p>Every start passes the same build-time options (database vendor, health), so only the very first start
 * of the shared distribution runs Keycloak's build step; later starts, by any stack, reuse it.
 *
 * <p>Each stack gets its own Keycloak home under its data dir: symbolic links to the shared distribution
 * plus its own {@code data/} (import folder, temporary files, transaction log), so two stacks on different
 * ports never share state.
 */
final class LocalKeycloak implements AutoCloseable {

    static final String PROCESS_NAME = "keycloak";
    /** Keycloak's heap (kc.sh's JAVA_OPTS_KC_HEAP, which replaces its -Xms64m -Xmx512m). */
    static final String KEYCLOAK_HEAP = "-Xms64m -Xmx256m";
    /** Appended to kc.sh's JVM options (JAVA_OPTS_APPEND), after its -XX:+UseG1GC, so these win. */
    static final List<String> KEYCLOAK_JVM_APPEND = List.of(
            "-XX:TieredStopAtLevel=1", // C1 only: starts ~1/3 faster, plenty for a demo
            "-XX:-UseG1GC", // kc.sh selects G1; two collectors selected would stop the JVM
            "-XX:+UseSerialGC",
            "-XX:TrimNativeHeapInterval=5000"); // give freed native memory back to the OS every 5 s

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300); // first start includes the build
    private static final String BUILD_MARKER = ".oxpip-built";
    /** Logged by Keycloak when it runs its (slow) build step before starting. */
    private static final String BUILD_LOG_LINE = "Updating the configuration and installing your custom providers";

    private final StackConfig config;
    private final LocalDatabase database;
    private final ManagedProcess process;
    private boolean rebuilt;

    LocalKeycloak(StackConfig config, LocalDatabase database, Lifecycle lifecycle) {
        this.config = config;
        this.database = database;
        this.process = new ManagedProcess(PROCESS_NAME, config.logDir(), lifecycle);
    }

    String baseUrl() {
        return "http://localhost:" + config.ports().keycloak();
    }

    String issuer() {
        return baseUrl() + "/realms/" + DemoRealm.REALM;
    }

    /** True when this start ran Keycloak's build step (expected on the distribution's first start only). */
    boolean rebuilt() {
        return rebuilt;
    }

    void start() {
        PortCheck.requireFree(config.ports().keycloak(), "Keycloak HTTP");
        PortCheck.requireFree(config.ports().keycloakManagement(), "Keycloak management/health");
        Path dist = KeycloakDistribution.ensureUnpacked();
        Path home = prepareHome(dist);
        String realmHash = checkRealmFile();

        ProcessBuilder builder = new ProcessBuilder(command(dist, home));
        builder.directory(home.toFile());
        Map<String, String> env = builder.environment();
        // A developer's own KC_* or JAVA_OPTS settings would change the build options and force a rebuild.
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("KEYCLOAK_") || k.startsWith("JAVA_OPTS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // kc.sh's default heap is -Xms64m -Xmx512m on G1, which it grows to ~300 MB committed under the token load
        // though ~100 MB are in use: a 256 MB cap on the serial collector (little native memory of its own), see
        // deploy/local/README.md ("Times and memory"). Keycloak exits on an OutOfMemoryError (kc.sh).
        env.put("JAVA_OPTS_KC_HEAP", KEYCLOAK_HEAP);
        env.put("JAVA_OPTS_APPEND", String.join(" ", KEYCLOAK_JVM_APPEND));
        env.put("MALLOC_ARENA_MAX", ServiceProcess.MALLOC_ARENA_MAX); // as the services: fewer idle malloc arenas
        env.put("KC_DB_PASSWORD", database.password()); // not on the command line, where ps shows it
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", DemoRealm.KEYCLOAK_ADMIN_USER); // used only while master has no admin
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", DemoRealm.KEYCLOAK_ADMIN_PASSWORD);

        Path cache = LocalDatabase.cacheDir();
        boolean firstBuild = !Files.exists(dist.resolve(BUILD_MARKER));
        // The first start writes the build into the shared distribution: one stack at a time.
        try (FileChannel lockFile = firstBuild
                        ? FileChannel.open(
                                cache.resolve("keycloak-build.lock"),
                                StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE)
                        : null;
                FileLock ignored = lockFile != null ? lockFile.lock() : null) {
            Log.info(
                    "Keycloak: starting on %s (management %d)%s",
                    baseUrl(),
                    config.ports().keycloakManagement(),
                    firstBuild ? "; first start of this distribution runs its build step, allow a minute or two" : "");
            process.start(builder);
            Readiness.await(
                    process,
                    "http://127.0.0.1:" + config.ports().keycloakManagement() + "/health/ready",
                    READY_TIMEOUT);
            if (firstBuild) {
                Files.writeString(dist.resolve(BUILD_MARKER), "built by the oxpip local stack\n");
            }
        } catch (IOException e) {
            throw new StackException("Keycloak: " + e.getMessage(), e);
        }
        rebuilt = logMentions(BUILD_LOG_LINE);
        writeRealmHash(realmHash);
    }

    private List<String> command(Path dist, Path home) {
        List<String> cmd = new ArrayList<>(List.of(
                dist.resolve("bin/kc.sh").toString(),
                "start-dev",
                // build-time options: keep them identical on every start, or Keycloak rebuilds
                "--db=postgres",
                "--health-enabled=true",
                // run-time options
                "--http-port=" + config.ports().keycloak(),
                // Loopback only, the management port (health) too, which inherits it: the demo realm's secrets
                // and admin password are public, so nobody else on the developer's network may reach them.
                "--http-host=127.0.0.1",
                "--hostname=" + baseUrl(), // fixes the tokens' iss whatever URL a client used
                "--http-management-port=" + config.ports().keycloakManagement(),
                "--db-url=" + database.jdbcUrl(LocalDatabase.KEYCLOAK),
                "--db-username=" + database.username(),
                "--import-realm"));
        cmd.add("-Dkc.home.dir=" + home); // after kc.sh's own -Dkc.home.dir, so this one wins
        return cmd;
    }

    /** This stack's Keycloak home: the distribution's folders linked in, its own data/ beside them. */
    private Path prepareHome(Path dist) {
        Path home = config.dataDir().resolve("keycloak/home");
        try {
            Files.createDirectories(home.resolve("data/import"));
            try (Stream<Path> entries = Files.list(dist)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    String name = entry.getFileName().toString();
                    if (name.equals("data") || name.startsWith(".")) {
                        continue;
                    }
                    Path link = home.resolve(name);
                    if (Files.isSymbolicLink(link)
                            && !Files.readSymbolicLink(link).equals(entry)) {
                        Files.delete(link); // another Keycloak version or cache location
                    }
                    if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, entry);
                    }
                }
            }
            Files.copy(
                    config.realmFile(),
                    home.resolve("data/import/oxpip-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("Could not prepare Keycloak's home " + home + ": " + e.getMessage(), e);
        }
        return home;
    }

    /**
     * --import-realm skips a realm that already exists, so an edited realm file would silently not apply.
     * The hash of the imported file is kept beside the data to notice that.
     */
    private String checkRealmFile() {
        if (!Files.isRegularFile(config.realmFile())) {
            throw new StackException("Realm file missing: " + config.realmFile());
        }
        String current = sha256(config.realmFile());
        Path hashFile = realmHashFile();
        if (database.wasCreated(LocalDatabase.KEYCLOAK) || !Files.isRegularFile(hashFile)) {
            return current; // the realm is imported on this start (or we only learn its hash now)
        }
        String imported = read(hashFile);
        if (!imported.equals(current)) {
            if (config.resetKeycloakOnRealmChange()) {
                Log.info(
                        "Keycloak: %s changed since it was imported: re-creating the Keycloak database to import it "
                                + "again (the services' data is kept)",
                        StackConfig.REALM_FILE);
                database.recreate(LocalDatabase.KEYCLOAK);
            } else {
                Log.warn(
                        "%n  %s has changed since this stack imported it, and Keycloak does not re-import an existing"
                                + " realm.%n  To apply it, restart with --reimport-realm (re-creates only Keycloak's database;"
                                + " the services' data is kept),%n  or delete %s to start from scratch.",
                        StackConfig.REALM_FILE, config.dataDir());
                return imported; // keep warning on every start until the user acts
            }
        }
        return current;
    }

    private void writeRealmHash(String hash) {
        try {
            Files.createDirectories(realmHashFile().getParent());
            Files.writeString(realmHashFile(), hash + "\n");
        } catch (IOException e) {
            Log.warn("Could not record the realm file's hash: %s", e.getMessage());
        }
    }

    private Path realmHashFile() {
        return config.dataDir().resolve("keycloak/imported-realm.sha256");
    }

    private boolean logMentions(String text) {
        try {
            return Files.readString(process.logFile(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new StackException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }

    OptionalLong rssKb() {
        return process.rssKb();
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return process.logFile();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
