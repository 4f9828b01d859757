package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.kubernetes.Layout;
import org.oxpip.kubernetes.render.KustomizeRenderer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The overlays as committed pass every check. */
class RenderedManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"overlays/local", "overlays/production"})
    void overlayPassesEveryCheck(String overlay) {
        List<ObjectNode> resources = KustomizeRenderer.render(Layout.ROOT.resolve(overlay));
        List<Finding> findings = new ManifestValidator(Layout.DEMO_REALM).validate(resources);
        assertEquals(List.of(), findings, () -> String.join("\n", findings.stream().map(Finding::toString).toList()));
    }
}
