package org.oxpip.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.oxpip.kubernetes.manifest.Yaml;

/**
 * Renders a kustomization with `kubectl kustomize`, exactly as an operator builds it before applying (README
 * "Local cluster"), so the tests check the very objects a cluster would receive.
 * Where kubectl is missing the Kubernetes tests are skipped, loudly; under CI (the environment variable CI
 * set to anything) they fail instead, so that a CI machine without kubectl cannot pass unchecked manifests.
 */
public final class KubectlKustomize {

    private static final long TIMEOUT_SECONDS = 60;
    private static final KubectlKustomize KUBECTL = new KubectlKustomize("kubectl", System.getenv("CI"));
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final String command;
    private final boolean underCi;
    /** kubectl's output per directory: every test class renders the same two overlays. */
    private final Map<Path, String> rendered = new ConcurrentHashMap<>();

    KubectlKustomize(String command, String ci) {
        this.command = command;
        this.underCi = ci != null && !ci.isEmpty();
    }

    /** The objects of the build, parsed afresh on every call: the planted-error tests change what they get. */
    public static List<ObjectNode> render(Path directory) {
        return KUBECTL.build(directory);
    }

    List<ObjectNode> build(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        String yaml = rendered.computeIfAbsent(dir, this::run);
        return new ArrayList<>(Yaml.readObjects(yaml, "kubectl kustomize " + dir));
    }

    private String run(Path dir) {
        // The local overlay reads the demo realm from deploy/keycloak, outside its own folder.
        ProcessBuilder builder =
                new ProcessBuilder(command, "kustomize", "--load-restrictor=LoadRestrictionsNone", dir.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return missing(e);
        }
        // Both streams are read while kubectl runs, so that a full pipe buffer cannot stall it.
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readFully(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readFully(process.getErrorStream()));
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Assertions.fail(
                        command + " kustomize " + dir + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String output = stdout.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                return Assertions.fail(command + " kustomize " + dir + " failed (exit " + process.exitValue() + "):\n"
                        + stderr.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while " + command + " kustomize ran", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("could not read the output of " + command + " kustomize " + dir, e);
        }
    }

    /** Fails under CI, otherwise skips: never returns. */
    private String missing(IOException cause) {
        String what = "'" + command + "' could not be started (" + cause.getMessage() + "), so the Kubernetes manifests"
                + " were NOT rendered and NOT checked. Install kubectl 1.30 or later (its built-in kustomize renders the overlays).";
        if (underCi) {
            return Assertions.fail("CI is set and " + what, cause);
        }
        if (WARNED.compareAndSet(false, true)) {
            System.err.println("""

                    ************************************************************************************************
                    KUBERNETES TESTS SKIPPED: %s
                    (Under CI, with the environment variable CI set, these tests fail instead.)
                    ************************************************************************************************
                    """.formatted(what));
        }
        return Assumptions.abort("Kubernetes tests skipped: " + what);
    }

    private static String readFully(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
