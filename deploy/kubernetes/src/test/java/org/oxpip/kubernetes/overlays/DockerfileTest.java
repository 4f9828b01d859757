package org.oxpip.kubernetes.overlays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oxpip.kubernetes.overlays.Builds.SERVICES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.ImageReference;

/** The images agree with the Deployments: pinned base, the same non-root user, the same port, the fast-jar. */
class DockerfileTest {

    @Test
    void eachServiceImageMatchesItsDeployment() throws IOException {
        List<ObjectNode> build = KubectlKustomize.render(Layout.PRODUCTION);
        for (String service : SERVICES) {
            List<String> lines = Files.readAllLines(Layout.ROOT.resolve("images/" + service + "/Dockerfile"));
            String from = value(lines, "FROM");
            ImageReference base = ImageReference.parse(from);
            assertNotNull(base.tag(), service + ": base image tag pinned");
            assertNotEquals("latest", base.tag(), service);
            ObjectNode deployment = Builds.get(build, "Deployment", service);
            assertEquals(
                    deployment
                            .path("spec")
                            .path("template")
                            .path("spec")
                            .path("securityContext")
                            .path("runAsUser")
                            .asText(),
                    value(lines, "USER"),
                    service + ": the Deployment runs as the image's user");
            assertEquals(
                    Builds.container(deployment)
                            .path("ports")
                            .get(0)
                            .path("containerPort")
                            .asText(),
                    value(lines, "EXPOSE"),
                    service);
            assertTrue(
                    lines.stream().anyMatch(l -> l.startsWith("COPY --chown=185 target/quarkus-app/lib/ ")),
                    service + ": JVM fast-jar");
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("USER root") || l.equals("USER 0")), service);
        }
    }

    private static String value(List<String> lines, String instruction) {
        return lines.stream()
                .filter(l -> l.startsWith(instruction + " "))
                .reduce((a, b) -> b)
                .map(l -> l.substring(instruction.length() + 1).trim())
                .orElseThrow(() -> new AssertionError("no " + instruction));
    }
}
