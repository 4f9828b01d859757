package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a kustomization the way `kubectl kustomize` does, for the subset of kustomize our overlays use:
 * resources (files and directories), configMapGenerator (literals, files; hashed names), patches (JSON 6902
 * with a target), namespace, images (with configurations for custom resources). Everything else is refused.
 * Files outside the kustomization's directory are allowed, as with --load-restrictor=LoadRestrictionsNone.
 * KubectlParityTest compares the result with kubectl's whenever kubectl is installed.
 */
public final class KustomizeRenderer {

    /** Kinds without a namespace, which the namespace: field leaves alone. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");

    private KustomizeRenderer() {
    }

    public static List<ObjectNode> render(Path directory) {
        List<ObjectNode> resources = build(directory.toAbsolutePath().normalize(), new HashSet<>());
        appendHashes(resources);
        rejectDuplicates(resources);
        return resources;
    }

    private static List<ObjectNode> build(Path directory, Set<Path> visiting) {
        if (!visiting.add(directory)) {
            throw new KustomizeException(directory + ": kustomizations include each other in a cycle");
        }
        Kustomization k = Kustomization.read(directory);
        List<ObjectNode> resources = new ArrayList<>();
        for (String entry : k.resources()) {
            Path path = directory.resolve(entry).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(build(path, visiting));
            } else if (Files.isRegularFile(path)) {
                resources.addAll(Yaml.readObjects(path));
            } else {
                throw new KustomizeException(directory + ": resource " + entry + " does not exist");
            }
        }
        for (Kustomization.ConfigMapSpec spec : k.configMaps()) {
            resources.add(ConfigMapGenerator.generate(spec, directory));
        }
        rejectDuplicates(resources);
        for (Kustomization.PatchSpec patch : k.patches()) {
            applyPatch(patch, resources, directory);
        }
        if (k.namespace() != null) {
            for (ObjectNode resource : resources) {
                if (!CLUSTER_SCOPED.contains(Resources.kind(resource))) {
                    Resources.metadata(resource).put("namespace", k.namespace());
                }
            }
        }
        if (!k.images().isEmpty()) {
            ImageTransformer.apply(resources, k.images(), imageFields(k));
        }
        visiting.remove(directory);
        return resources;
    }

    private static List<ImageTransformer.FieldSpec> imageFields(Kustomization k) {
        List<ImageTransformer.FieldSpec> specs = new ArrayList<>(ImageTransformer.DEFAULTS);
        for (String configuration : k.configurations()) {
            Path file = k.directory().resolve(configuration);
            JsonNode config = Yaml.readOne(file);
            config.fieldNames().forEachRemaining(field -> {
                if (!"images".equals(field)) {
                    throw new KustomizeException(file + ": only 'images' field specs are supported");
                }
            });
            for (JsonNode spec : config.path("images")) {
                specs.add(new ImageTransformer.FieldSpec(spec.path("kind").asText(null), spec.path("path").asText()));
            }
        }
        return specs;
    }

    private static void applyPatch(Kustomization.PatchSpec spec, List<ObjectNode> resources, Path directory) {
        String source = spec.path() != null ? directory.resolve(spec.path()).toString() : directory + " (inline patch)";
        String text = spec.path() != null ? Yaml.read(directory.resolve(spec.path())) : spec.patch();
        if (text == null) {
            throw new KustomizeException(directory + ": a patch needs 'patch' or 'path'");
        }
        List<JsonNode> documents = Yaml.readAll(text, source);
        if (documents.size() != 1 || !documents.get(0).isArray()) {
            throw new KustomizeException(source + ": only JSON 6902 patches (a list of operations) are supported");
        }
        int matched = 0;
        for (ObjectNode resource : resources) {
            if (matches(spec, resource)) {
                JsonPatch.apply(resource, documents.get(0), source);
                matched++;
            }
        }
        if (matched == 0) {
            // kustomize builds anyway; a patch that silently hits nothing is always a mistake in our overlays.
            throw new KustomizeException(source + ": the patch's target matches no resource");
        }
    }

    /** kustomize compares kind and group/version exactly and the target's name as an anchored regular expression. */
    private static boolean matches(Kustomization.PatchSpec target, JsonNode resource) {
        String apiVersion = Resources.apiVersion(resource);
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return (target.kind() == null || target.kind().equals(Resources.kind(resource)))
                && (target.group() == null || target.group().equals(Resources.group(resource)))
                && (target.version() == null || target.version().equals(version))
                && (target.name() == null || Pattern.matches(target.name(), Resources.name(resource)));
    }

    private static void appendHashes(List<ObjectNode> resources) {
        Map<String, String> renamed = new HashMap<>();
        for (ObjectNode resource : resources) {
            JsonNode annotations = resource.path("metadata").path("annotations");
            if (annotations.has(ConfigMapGenerator.NEEDS_HASH)) {
                ObjectNode metadata = Resources.metadata(resource);
                ((ObjectNode) annotations).remove(ConfigMapGenerator.NEEDS_HASH);
                if (annotations.isEmpty()) {
                    metadata.remove("annotations");
                }
                String name = Resources.name(resource);
                String hashed = name + "-" + ConfigMapHash.of(resource.path("data"));
                metadata.put("name", hashed);
                renamed.put(Resources.namespace(resource) + "/" + name, hashed);
            }
        }
        ConfigMapReferences.update(resources, renamed);
    }

    private static void rejectDuplicates(List<ObjectNode> resources) {
        Set<String> ids = new HashSet<>();
        for (ObjectNode resource : resources) {
            if (!ids.add(Resources.id(resource))) {
                throw new KustomizeException("resource " + Resources.id(resource) + " is defined twice");
            }
        }
    }
}
