package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;

/** Builds the ConfigMaps of a configMapGenerator entry; their names get the hash suffix at the end of the build. */
final class ConfigMapGenerator {

    /** Marks a generated ConfigMap until the build appends the hash (removed from the output). */
    static final String NEEDS_HASH = "internal.oxpip.org/needs-hash";

    private ConfigMapGenerator() {
    }

    static ObjectNode generate(Kustomization.ConfigMapSpec spec, Path directory) {
        ObjectNode configMap = Yaml.JSON.createObjectNode();
        configMap.put("apiVersion", "v1");
        configMap.put("kind", "ConfigMap");
        ObjectNode metadata = configMap.putObject("metadata");
        metadata.put("name", spec.name());
        metadata.putObject("annotations").put(NEEDS_HASH, "true");
        ObjectNode data = configMap.putObject("data");
        for (String literal : spec.literals()) {
            int equals = literal.indexOf('=');
            if (equals <= 0) {
                throw new KustomizeException(directory + ": literal '" + literal + "' is not KEY=VALUE");
            }
            put(data, literal.substring(0, equals), literal.substring(equals + 1), directory);
        }
        for (String file : spec.files()) {
            int equals = file.indexOf('=');
            String relative = equals < 0 ? file : file.substring(equals + 1);
            Path path = directory.resolve(relative).normalize();
            String key = equals < 0 ? path.getFileName().toString() : file.substring(0, equals);
            if (!Files.isRegularFile(path)) {
                throw new KustomizeException(directory + ": file " + relative + " does not exist");
            }
            put(data, key, Yaml.read(path), directory);
        }
        return configMap;
    }

    private static void put(ObjectNode data, String key, String value, Path directory) {
        if (data.has(key)) {
            throw new KustomizeException(directory + ": key " + key + " is given twice");
        }
        data.put(key, value);
    }
}
