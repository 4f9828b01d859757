package org.oxpip.systemtests;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.oxpip.stack.AotTraining;
import org.oxpip.stack.LocalStack;
import org.oxpip.stack.StackConfig;

/**
 * Starts the whole system once for every system test class, the same way deploy/local/run.sh does
 * (on shifted ports and a throw-away data folder, so a developer's own stack is never touched), and
 * stops it when the test run ends.
 *
 * <p>Two switches for people working on these tests:
 * <ul>
 *   <li>{@code -Doxpip.systemtests.port-offset=20000}: every port + 20000 instead of + 10000, so a second
 *       test stack (say a CI run in a copy of the repository) can run beside this one;</li>
 *   <li>{@code -Doxpip.systemtests.attach=true}: use a stack that is already running with this configuration
 *       instead of starting one (the tests then take seconds, not minutes); tests that stop parts of the
 *       stack are skipped.</li>
 * </ul>
 */
public class RunningStack implements BeforeAllCallback {

    static final String PORT_OFFSET = "oxpip.systemtests.port-offset";
    static final String ATTACH = "oxpip.systemtests.attach";
    static final String AOT = "oxpip.systemtests.aot";

    private static volatile LocalStack stack;
    private static volatile boolean attached;
    private static volatile ContractCheck contractCheck;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningStack.class, key -> new Started(), Started.class);
    }

    public static LocalStack stack() {
        if (stack == null) {
            throw new IllegalStateException("The stack is started by @ExtendWith(RunningStack.class)");
        }
        return stack;
    }

    /** True when the tests use a stack somebody else started, so they must not stop any part of it. */
    static boolean attached() {
        return attached;
    }

    static StackConfig config() {
        int offset = Integer.getInteger(PORT_OFFSET, 10000);
        return StackConfig.forSystemTests(StackConfig.findRepoRoot())
                .withPorts(StackConfig.Ports.DEFAULTS.shiftedBy(offset));
    }

    /** Closed by JUnit when the root context ends: the end of the whole test run. */
    private static final class Started implements AutoCloseable {

        Started() {
            attached = Boolean.getBoolean(ATTACH);
            if (attached) {
                // Not started: its addresses, tokens and database URLs come from the configuration alone.
                stack = new LocalStack(config());
                System.out.println("System tests attached to the stack already running at " + stack.referralsUrl());
                checkEveryAnswer();
                return;
            }
            // JDK 25's AOT cache: trained here, in the build, when missing or older than a jar (a stack of its own,
            // the same ports and data folder, stopped before the tests' stack starts); -Doxpip.systemtests.aot=false
            // skips it. Without a JDK 25 nothing happens and the services start as before, only slower.
            if (Boolean.parseBoolean(System.getProperty(AOT, "true"))) {
                AotTraining.trainIfStale(config());
            }
            stack = new LocalStack(config()).start();
            System.out.println("System-test stack ready: " + stack.readyTimes());
            System.out.println("Resident memory once ready (kB): " + stack.memoryKb());
            checkEveryAnswer();
        }

        /** Every REST Assured request of the run from now on: its answer checked against the service's document. */
        private static void checkEveryAnswer() {
            contractCheck = new ContractCheck(stack);
            RestAssured.filters(contractCheck);
        }

        @Override
        public void close() {
            System.out.println("Contract check: " + contractCheck.summary());
            contractCheck.mismatches().forEach(m -> System.out.println("  " + m));
            if (!attached) {
                stack.close();
            }
        }
    }
}
