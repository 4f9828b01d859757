package org.oxpip.kubernetes.overlays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.oxpip.kubernetes.manifest.Resources;

/** Looking things up in a rendered build. */
final class Builds {

    static final List<String> SERVICES = List.of("referrals-service", "outcomes-service", "reporting-service");

    private Builds() {}

    static Stream<ObjectNode> ofKind(List<ObjectNode> build, String kind) {
        return build.stream().filter(r -> Resources.kind(r).equals(kind));
    }

    static ObjectNode get(List<ObjectNode> build, String kind, String name) {
        return ofKind(build, kind)
                .filter(r -> Resources.name(r).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + "/" + name + " is not in the build"));
    }

    static JsonNode container(ObjectNode workload) {
        return workload.path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
    }
}
