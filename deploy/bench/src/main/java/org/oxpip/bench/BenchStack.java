package org.oxpip.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.oxpip.stack.LocalStack;
import org.oxpip.stack.Service;
import org.oxpip.stack.StackConfig;
import org.oxpip.stack.StackException;

/**
 * Starts the local stack for the benchmarks through the launcher's library (deploy/local), on its own
 * data directory and its own ports, so that a developer's stack (deploy/local/.data, ports 5532/8180/808x)
 * and the system tests' stack (+10000) are never touched. Run by deploy/bench/run.sh with plain {@code java -cp}
 * (this module's jar and its classpath), so that the script's SIGTERM reaches the launcher's shutdown hook.
 *
 * <p>Arguments: data directory, port offset, the file to write when everything is ready. That file holds
 * lines {@code port <part> <n>}, {@code ready <part> <millis>} and {@code rss <part> <kB>}. The stack then
 * runs until this JVM gets SIGTERM/SIGINT; the launcher's shutdown hook stops the services, Keycloak and
 * PostgreSQL in that order.
 *
 * <p>The data directory is wiped at every start (fresh databases, realm imported again), so every run
 * measures the same thing from the same empty state.
 */
public final class BenchStack {

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length != 3) {
            System.err.println("usage: BenchStack DATA_DIR PORT_OFFSET READY_FILE");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int offset = Integer.parseInt(args[1]);
        Path readyFile = Path.of(args[2]).toAbsolutePath();
        StackConfig.Ports ports = StackConfig.Ports.DEFAULTS.shiftedBy(offset);
        // Always the embedded PostgreSQL: an OXPIP_DB_URL meant for a developer's own server is ignored here,
        // so the benchmarks never write into somebody's real databases.
        StackConfig config = new StackConfig(
                StackConfig.findRepoRoot(),
                dataDir,
                ports,
                Optional.empty(),
                "",
                true,
                true,
                EnumSet.allOf(Service.class));
        LocalStack stack = new LocalStack(config);
        try {
            stack.start();
        } catch (StackException e) {
            System.err.println("The benchmark stack did not start:");
            System.err.println(e.getMessage());
            System.exit(1);
        }
        List<String> lines = new ArrayList<>();
        lines.add("port postgres " + ports.postgres());
        lines.add("port keycloak " + ports.keycloak());
        lines.add("port keycloak-management " + ports.keycloakManagement());
        lines.add("port referrals-service " + ports.referrals());
        lines.add("port outcomes-service " + ports.outcomes());
        lines.add("port reporting-service " + ports.reporting());
        lines.add("issuer - " + stack.issuer());
        lines.add("keycloak-rebuilt - " + stack.keycloakRebuilt());
        for (Map.Entry<String, Duration> e : stack.readyTimes().entrySet()) {
            lines.add("ready " + e.getKey() + " " + e.getValue().toMillis());
        }
        for (Map.Entry<String, OptionalLong> e : stack.memoryKb().entrySet()) {
            if (e.getValue().isPresent()) {
                lines.add("rss " + e.getKey() + " " + e.getValue().getAsLong());
            }
        }
        Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
        Files.write(tmp, lines);
        Files.move(tmp, readyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("BENCH STACK READY");
        // Until SIGTERM: the shutdown hook registered by LocalStack.start() stops everything.
        Thread.currentThread().join();
    }
}
