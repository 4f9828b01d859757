package org.oxpip.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures that must happen before anything is started (so these tests start nothing). */
class LocalStackTest {

    @TempDir
    Path repo;

    @Test
    void aMissingServiceJarFailsFastWithTheBuildCommand() {
        StackConfig config = StackConfig.defaults(repo, Map.of())
                .withDataDir(repo.resolve("data"))
                .withServices(EnumSet.of(Service.REFERRALS));
        StackException e = assertThrows(StackException.class, () -> new LocalStack(config).start());
        assertTrue(e.getMessage().contains("referrals-service is not built"), e.getMessage());
        assertTrue(e.getMessage().contains("./mvnw"), e.getMessage());
        assertFalse(Files.exists(repo.resolve("data/postgres")), "PostgreSQL was not started");
    }

    @Test
    void aFreshStackNeverWipesADirectoryItDidNotCreate() throws Exception {
        Path precious = repo.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.txt"), "do not delete");
        StackConfig config = StackConfig.forSystemTests(repo, Map.of())
                .withDataDir(precious)
                .withServices(EnumSet.noneOf(Service.class));
        StackException e = assertThrows(StackException.class, () -> new LocalStack(config).start());
        assertTrue(e.getMessage().contains("Refusing to wipe"), e.getMessage());
        assertTrue(Files.exists(precious.resolve("thesis.txt")));
    }

    @Test
    void aPartCanOnlyBeStoppedOrStartedOnARunningStack() {
        LocalStack stack =
                new LocalStack(StackConfig.forSystemTests(repo, Map.of()).withDataDir(repo.resolve("data")));
        assertThrows(IllegalStateException.class, () -> stack.stop(LocalStack.Part.OUTCOMES));
        assertThrows(IllegalStateException.class, () -> stack.start(LocalStack.Part.KEYCLOAK));
        assertFalse(Files.exists(repo.resolve("data")), "nothing was started");
    }
}
