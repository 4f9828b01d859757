package org.oxpip.kubernetes;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** How the Kubernetes tests behave when kubectl is missing or refuses a build. */
class KubectlKustomizeTest {

    private static final String NO_SUCH_COMMAND = "kubectl-that-is-not-installed";

    @Test
    void withoutKubectlTheTestsAreSkippedSayingWhy() {
        TestAbortedException skipped = assertThrows(
                TestAbortedException.class, () -> new KubectlKustomize(NO_SUCH_COMMAND, null).build(Layout.PRODUCTION));
        assertTrue(skipped.getMessage().contains("NOT checked"), skipped.getMessage());
        assertThrows(
                TestAbortedException.class, () -> new KubectlKustomize(NO_SUCH_COMMAND, "").build(Layout.PRODUCTION));
    }

    @Test
    void underCiAMissingKubectlFails() {
        AssertionError failed = assertThrows(
                AssertionError.class, () -> new KubectlKustomize(NO_SUCH_COMMAND, "true").build(Layout.PRODUCTION));
        assertTrue(
                failed.getMessage().startsWith("CI is set and '" + NO_SUCH_COMMAND + "' could not be started"),
                failed.getMessage());
    }

    @Test
    void aKustomizationKubectlRefusesFailsWithKubectlsReason(@TempDir Path dir) throws IOException {
        KubectlKustomize.render(Layout.BASE); // skipped here, as every rendering test, where kubectl is missing
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [missing.yaml]\n");
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> KubectlKustomize.render(dir));
        assertTrue(failed.getMessage().contains("missing.yaml"), failed.getMessage());
    }

    @Test
    void everyCallGetsItsOwnObjects() {
        KubectlKustomize.render(Layout.BASE).get(0).put("kind", "Changed");
        assertNotEquals(
                "Changed",
                KubectlKustomize.render(Layout.BASE).get(0).path("kind").asText());
    }
}
