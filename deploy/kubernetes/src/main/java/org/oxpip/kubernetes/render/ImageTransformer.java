package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * kustomize's images: list. An image is matched on its name (without tag or digest) and gets the new name,
 * tag or digest. The fields looked at are the containers of pods and pod templates, plus the fields that a
 * kustomization's configurations file names for custom resources (e.g. a CloudNativePG Cluster's imageName).
 */
final class ImageTransformer {

    /** A field holding an image: a slash-separated path ("[]" after a list) and the kinds it applies to (null: all). */
    record FieldSpec(String kind, String path) {
    }

    static final List<FieldSpec> DEFAULTS = List.of(
            new FieldSpec(null, "spec/containers[]/image"),
            new FieldSpec(null, "spec/initContainers[]/image"),
            new FieldSpec(null, "spec/template/spec/containers[]/image"),
            new FieldSpec(null, "spec/template/spec/initContainers[]/image"),
            new FieldSpec(null, "spec/jobTemplate/spec/template/spec/containers[]/image"),
            new FieldSpec(null, "spec/jobTemplate/spec/template/spec/initContainers[]/image"));

    private ImageTransformer() {
    }

    static void apply(List<ObjectNode> resources, List<Kustomization.ImageOverride> overrides, List<FieldSpec> specs) {
        for (ObjectNode resource : resources) {
            for (FieldSpec spec : specs) {
                if (spec.kind() == null || spec.kind().equals(Resources.kind(resource))) {
                    visit(resource, List.of(spec.path().split("/")), 0, overrides);
                }
            }
        }
    }

    private static void visit(JsonNode node, List<String> steps, int at, List<Kustomization.ImageOverride> overrides) {
        String step = steps.get(at);
        boolean list = step.endsWith("[]");
        String field = list ? step.substring(0, step.length() - 2) : step;
        JsonNode child = node.get(field);
        if (child == null) {
            return;
        }
        if (at == steps.size() - 1) {
            if (child.isTextual()) {
                ((ObjectNode) node).put(field, override(child.asText(), overrides));
            }
            return;
        }
        List<JsonNode> next = new ArrayList<>();
        if (list && child.isArray()) {
            child.forEach(next::add);
        } else if (!list) {
            next.add(child);
        }
        for (JsonNode item : next) {
            if (item.isObject()) {
                visit(item, steps, at + 1, overrides);
            }
        }
    }

    static String override(String image, List<Kustomization.ImageOverride> overrides) {
        ImageReference reference = ImageReference.parse(image);
        for (Kustomization.ImageOverride o : overrides) {
            if (o.name().equals(reference.name())) {
                String name = o.newName() != null ? o.newName() : reference.name();
                if (o.digest() != null) {
                    return name + "@" + o.digest();
                }
                if (o.newTag() != null) {
                    return name + ":" + o.newTag();
                }
                return name + reference.suffix();
            }
        }
        return image;
    }
}
