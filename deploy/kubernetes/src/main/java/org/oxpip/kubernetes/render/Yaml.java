package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads (multi-document) YAML into JSON trees, which is what the API server and kustomize work on. */
public final class Yaml {

    public static final ObjectMapper YAML = new YAMLMapper();
    public static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {
    }

    public static List<JsonNode> readAll(String text, String source) {
        List<JsonNode> documents = new ArrayList<>();
        // One tree per document. (A MappingIterator would also split a top-level list into its items.)
        try (JsonParser parser = YAML.getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                JsonNode node = YAML.readTree(parser);
                // An empty document (a trailing ---) is no resource.
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    documents.add(node);
                }
            }
        } catch (IOException e) {
            throw new KustomizeException(source + ": not valid YAML: " + e.getMessage());
        }
        return documents;
    }

    /** The objects in a manifest file; anything that is not a mapping is refused, as kustomize does. */
    public static List<ObjectNode> readObjects(Path file) {
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode node : readAll(read(file), file.toString())) {
            if (!node.isObject()) {
                throw new KustomizeException(file + ": a document is not a mapping");
            }
            objects.add((ObjectNode) node);
        }
        return objects;
    }

    public static JsonNode readOne(Path file) {
        List<JsonNode> documents = readAll(read(file), file.toString());
        if (documents.size() != 1) {
            throw new KustomizeException(file + ": expected one YAML document, found " + documents.size());
        }
        return documents.get(0);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toYaml(List<? extends JsonNode> objects) {
        StringBuilder out = new StringBuilder();
        try {
            for (JsonNode object : objects) {
                out.append(YAML.writeValueAsString(object));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
