package org.oxpip.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.oxpip.stack.LocalStack;
import org.oxpip.stack.StackConfig;

/**
 * Starts the whole system once for every system test class, the same way deploy/local/run.sh does
 * (on shifted ports and a throw-away data folder, so a developer's own stack is never touched), and
 * stops it when the test run ends.
 */
public class RunningStack implements BeforeAllCallback {

    private static LocalStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningStack.class, key -> new Started(), Started.class);
    }

    public static LocalStack stack() {
        if (stack == null) {
            throw new IllegalStateException("The stack is started by @ExtendWith(RunningStack.class)");
        }
        return stack;
    }

    /** Closed by JUnit when the root context ends: the end of the whole test run. */
    private static final class Started implements ExtensionContext.Store.CloseableResource {

        Started() {
            stack = new LocalStack(StackConfig.forSystemTests(StackConfig.findRepoRoot())).start();
            System.out.println("System-test stack ready: " + stack.readyTimes());
            System.out.println("Resident memory once ready (kB): " + stack.memoryKb());
        }

        @Override
        public void close() {
            stack.close();
        }
    }
}
