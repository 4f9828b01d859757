package org.oxpip.kubernetes.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.kubernetes.KubectlKustomize;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.manifest.Resources;
import org.oxpip.kubernetes.manifest.Yaml;

/** The overlays as committed pass every check. */
class RenderedManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"overlays/local", "overlays/production"})
    void overlayPassesEveryCheck(String overlay) {
        List<ObjectNode> resources = KubectlKustomize.render(Layout.ROOT.resolve(overlay));
        List<Finding> findings = new ManifestValidator(Layout.DEMO_REALM).validate(resources);
        assertEquals(
                List.of(),
                findings,
                () -> String.join("\n", findings.stream().map(Finding::toString).toList()));
    }

    @Test
    void theRestoreManifestIsRightBeforeTheDayItIsNeeded() {
        // Checked in the place it would take: instead of referrals-db in the production build.
        List<ObjectNode> build = KubectlKustomize.render(Layout.PRODUCTION);
        ObjectNode restore = Yaml.readObjects(Layout.PRODUCTION.resolve("restore/referrals-db-recovery.yaml"))
                .get(0);
        restore.with("metadata").put("namespace", "oxpip");
        build.removeIf(
                r -> Resources.kind(r).equals("Cluster") && Resources.name(r).equals("referrals-db"));
        build.add(restore);
        List<Finding> findings = new ManifestValidator(Layout.DEMO_REALM).validate(build);
        assertEquals(
                List.of(),
                findings,
                () -> String.join("\n", findings.stream().map(Finding::toString).toList()));
    }
}
