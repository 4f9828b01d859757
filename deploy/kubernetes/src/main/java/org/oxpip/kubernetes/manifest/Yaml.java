package org.oxpip.kubernetes.manifest;

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

/**
 * Reads (multi-document) YAML, such as the output of `kubectl kustomize`, into JSON trees: what the API server
 * works on, and what the validation checks.
 */
public final class Yaml {

    private static final ObjectMapper YAML = new YAMLMapper();

    private Yaml() {}

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
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    /** The Kubernetes objects in a stream of YAML documents; a document that is not a mapping is no object. */
    public static List<ObjectNode> readObjects(String text, String source) {
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode node : readAll(text, source)) {
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException(source + ": a document is not a mapping");
            }
            objects.add(object);
        }
        return objects;
    }

    public static List<ObjectNode> readObjects(Path file) {
        return readObjects(read(file), file.toString());
    }

    public static JsonNode readOne(Path file) {
        List<JsonNode> documents = readAll(read(file), file.toString());
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + ": expected one YAML document, found " + documents.size());
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
}
