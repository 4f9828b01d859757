package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The parts of a kustomization.yaml that our renderer understands. Any other field is refused rather than
 * ignored: a silently skipped field would make our rendering differ from kustomize's without a word.
 */
public record Kustomization(
        Path directory,
        String namespace,
        List<String> resources,
        List<ImageOverride> images,
        List<ConfigMapSpec> configMaps,
        List<PatchSpec> patches,
        List<String> configurations) {

    private static final Set<String> SUPPORTED = Set.of(
            "apiVersion", "kind", "namespace", "resources", "images", "configMapGenerator", "patches",
            "configurations");

    public record ImageOverride(String name, String newName, String newTag, String digest) {
    }

    /** A configMapGenerator entry: literals (KEY=VALUE) and files ([key=]path), behavior create only. */
    public record ConfigMapSpec(String name, List<String> literals, List<String> files) {
    }

    /** A JSON 6902 patch (inline or from a file) and the target it applies to. */
    public record PatchSpec(String patch, String path, String group, String version, String kind, String name) {
    }

    public static Kustomization read(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new KustomizeException(directory + ": no kustomization.yaml");
        }
        JsonNode root = Yaml.readOne(file);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SUPPORTED.contains(field)) {
                throw new KustomizeException(file + ": field '" + field + "' is not supported by this renderer");
            }
        }
        if (!"Kustomization".equals(root.path("kind").asText("Kustomization"))) {
            throw new KustomizeException(file + ": kind must be Kustomization");
        }
        return new Kustomization(directory,
                root.path("namespace").asText(null),
                strings(root.path("resources"), file, "resources"),
                images(root.path("images"), file),
                configMaps(root.path("configMapGenerator"), file),
                patches(root.path("patches"), file),
                strings(root.path("configurations"), file, "configurations"));
    }

    private static List<String> strings(JsonNode list, Path file, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                throw new KustomizeException(file + ": " + field + " must list strings");
            }
            values.add(item.asText());
        }
        return values;
    }

    private static List<ImageOverride> images(JsonNode list, Path file) {
        List<ImageOverride> images = new ArrayList<>();
        for (JsonNode item : list) {
            onlyFields(item, file, "images", "name", "newName", "newTag", "digest");
            images.add(new ImageOverride(required(item, "name", file), item.path("newName").asText(null),
                    item.path("newTag").asText(null), item.path("digest").asText(null)));
        }
        return images;
    }

    private static List<ConfigMapSpec> configMaps(JsonNode list, Path file) {
        List<ConfigMapSpec> specs = new ArrayList<>();
        for (JsonNode item : list) {
            onlyFields(item, file, "configMapGenerator", "name", "literals", "files", "behavior");
            if (!"create".equals(item.path("behavior").asText("create"))) {
                throw new KustomizeException(file + ": only configMapGenerator behavior 'create' is supported");
            }
            specs.add(new ConfigMapSpec(required(item, "name", file), strings(item.path("literals"), file, "literals"),
                    strings(item.path("files"), file, "files")));
        }
        return specs;
    }

    private static List<PatchSpec> patches(JsonNode list, Path file) {
        List<PatchSpec> specs = new ArrayList<>();
        for (JsonNode item : list) {
            onlyFields(item, file, "patches", "patch", "path", "target");
            JsonNode target = item.path("target");
            if (target.isMissingNode()) {
                // Without a target kustomize reads the patch as a strategic merge patch: not supported here.
                throw new KustomizeException(file + ": patches need a target (JSON 6902 patches only)");
            }
            onlyFields(target, file, "patches.target", "group", "version", "kind", "name");
            specs.add(new PatchSpec(item.path("patch").asText(null), item.path("path").asText(null),
                    target.path("group").asText(null), target.path("version").asText(null),
                    target.path("kind").asText(null), target.path("name").asText(null)));
        }
        return specs;
    }

    private static void onlyFields(JsonNode item, Path file, String where, String... allowed) {
        Set<String> names = Set.of(allowed);
        for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!names.contains(field)) {
                throw new KustomizeException(file + ": " + where + "." + field + " is not supported by this renderer");
            }
        }
    }

    private static String required(JsonNode item, String field, Path file) {
        JsonNode value = item.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new KustomizeException(file + ": '" + field + "' is required");
        }
        return value.asText();
    }
}
