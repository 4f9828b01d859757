package org.oxpip.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that differs between one local stack and another: ports, where data lives, which database
 * server, which services. {@link #defaults} is the developer's stack; {@link #forSystemTests} is a second,
 * throw-away stack on other ports, so tests never touch a running developer stack or its demo data.
 *
 * @param repoRoot   repository root: the services' jars and the realm file are found from here
 * @param dataDir    everything the stack writes: PostgreSQL data, Keycloak's per-stack home, logs, pid files
 * @param ports      the ports of every part
 * @param externalDatabase   use this PostgreSQL server instead of starting the embedded one
 * @param databasePrefix     put in front of every database name (keeps tests apart on a shared external server)
 * @param freshData          wipe the data (data dir, or the prefixed databases on an external server) before start
 * @param resetKeycloakOnRealmChange drop and re-create the Keycloak database when the realm file changed, so it
 *                                   is imported again (otherwise only a warning: the import skips existing realms)
 * @param services   which services to start (PostgreSQL and Keycloak always start)
 */
public record StackConfig(
        Path repoRoot,
        Path dataDir,
        Ports ports,
        Optional<ExternalDatabase> externalDatabase,
        String databasePrefix,
        boolean freshData,
        boolean resetKeycloakOnRealmChange,
        Set<Service> services) {

    /** Repository-relative location of the demo realm. */
    public static final String REALM_FILE = "deploy/keycloak/oxpip-realm.json";

    /**
     * @param keycloakManagement Keycloak's management interface, where /health/ready is served
     */
    public record Ports(
            int postgres, int keycloak, int keycloakManagement, int referrals, int outcomes, int reporting) {

        public static final Ports DEFAULTS = new Ports(5532, 8180, 9000, 8081, 8082, 8083);

        /** Every port moved by the same amount: a second stack beside the first. */
        public Ports shiftedBy(int offset) {
            return new Ports(
                    postgres + offset,
                    keycloak + offset,
                    keycloakManagement + offset,
                    referrals + offset,
                    outcomes + offset,
                    reporting + offset);
        }

        public int of(Service service) {
            return switch (service) {
                case REFERRALS -> referrals;
                case OUTCOMES -> outcomes;
                case REPORTING -> reporting;
            };
        }
    }

    public StackConfig {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        services = Set.copyOf(services);
        if (!databasePrefix.matches("[a-z0-9_]*")) {
            throw new IllegalArgumentException("database prefix must match [a-z0-9_]*: " + databasePrefix);
        }
    }

    /**
     * The developer's stack: default ports, data in {@code deploy/local/.data} (git-ignored) unless
     * OXPIP_DATA_DIR says otherwise, PostgreSQL from OXPIP_DB_URL/USER/PASSWORD when set.
     */
    public static StackConfig defaults(Path repoRoot) {
        return defaults(repoRoot, System.getenv());
    }

    static StackConfig defaults(Path repoRoot, Map<String, String> env) {
        String dataDirEnv = env.get("OXPIP_DATA_DIR");
        Path dataDir = dataDirEnv == null || dataDirEnv.isBlank()
                ? repoRoot.resolve("deploy/local/.data")
                : Path.of(dataDirEnv);
        return new StackConfig(
                repoRoot,
                dataDir,
                Ports.DEFAULTS,
                ExternalDatabase.fromEnvironment(env),
                "",
                false,
                false,
                EnumSet.allOf(Service.class));
    }

    /**
     * The system tests' stack: every port + 10000 (PostgreSQL 15532, Keycloak 18180/19000, services
     * 18081-18083), fresh data under {@code deploy/system-tests/target/stack} on every start, the realm
     * always current. With an external server (OXPIP_DB_URL) its databases are prefixed {@code systest_}.
     */
    public static StackConfig forSystemTests(Path repoRoot) {
        return forSystemTests(repoRoot, System.getenv());
    }

    static StackConfig forSystemTests(Path repoRoot, Map<String, String> env) {
        Optional<ExternalDatabase> external = ExternalDatabase.fromEnvironment(env);
        return new StackConfig(
                repoRoot,
                repoRoot.resolve("deploy/system-tests/target/stack"),
                Ports.DEFAULTS.shiftedBy(10000),
                external,
                external.isPresent() ? "systest_" : "",
                true,
                true,
                EnumSet.allOf(Service.class));
    }

    /**
     * The AOT cache's training stack ({@link AotTraining}): the developer's ports + {@code portOffset}, fresh data in
     * {@code deploy/local/target/aot-training} on every run (the demo data set is loaded into it, never into the
     * developer's own stack); with an external server (OXPIP_DB_URL) its databases are prefixed {@code aottrain_}.
     */
    public static StackConfig forAotTraining(Path repoRoot, int portOffset) {
        return forAotTraining(repoRoot, System.getenv(), portOffset);
    }

    static StackConfig forAotTraining(Path repoRoot, Map<String, String> env, int portOffset) {
        Optional<ExternalDatabase> external = ExternalDatabase.fromEnvironment(env);
        return new StackConfig(
                repoRoot,
                repoRoot.resolve("deploy/local/target/aot-training"),
                Ports.DEFAULTS.shiftedBy(portOffset),
                external,
                external.isPresent() ? "aottrain_" : "",
                true,
                true,
                EnumSet.allOf(Service.class));
    }

    public StackConfig withServices(Set<Service> newServices) {
        return new StackConfig(
                repoRoot,
                dataDir,
                ports,
                externalDatabase,
                databasePrefix,
                freshData,
                resetKeycloakOnRealmChange,
                newServices);
    }

    public StackConfig withDataDir(Path newDataDir) {
        return new StackConfig(
                repoRoot,
                newDataDir,
                ports,
                externalDatabase,
                databasePrefix,
                freshData,
                resetKeycloakOnRealmChange,
                services);
    }

    public StackConfig withPorts(Ports newPorts) {
        return new StackConfig(
                repoRoot,
                dataDir,
                newPorts,
                externalDatabase,
                databasePrefix,
                freshData,
                resetKeycloakOnRealmChange,
                services);
    }

    public StackConfig withResetKeycloakOnRealmChange(boolean reset) {
        return new StackConfig(repoRoot, dataDir, ports, externalDatabase, databasePrefix, freshData, reset, services);
    }

    public Path realmFile() {
        return repoRoot.resolve(REALM_FILE);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Database name on the server for a logical name such as "referrals" or "keycloak". */
    public String databaseName(String logical) {
        return databasePrefix + logical;
    }

    /**
     * The repository root: system property {@code oxpip.repo.root} if set, otherwise the nearest directory
     * at or above the working directory that holds the realm file (so it works from any module's directory).
     */
    public static Path findRepoRoot() {
        String configured = System.getProperty("oxpip.repo.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REALM_FILE)) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new StackException("Cannot find the repository root (a directory with pom.xml and " + REALM_FILE
                + ") at or above " + Path.of("").toAbsolutePath() + "; set -Doxpip.repo.root=...");
    }
}
