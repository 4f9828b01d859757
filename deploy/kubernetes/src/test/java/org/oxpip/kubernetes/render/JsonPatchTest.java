package org.oxpip.kubernetes.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonPatchTest {

    private static ObjectNode document() {
        return (ObjectNode) Yaml.readAll("{spec: {replicas: 2, list: [a, b], 'a/b': {'c~d': 1}}}", "doc").get(0);
    }

    private static JsonNode ops(String yaml) {
        return Yaml.readAll(yaml, "ops").get(0);
    }

    @Test
    void replacesAddsAndRemoves() {
        ObjectNode doc = document();
        JsonPatch.apply(doc, ops("""
                - {op: replace, path: /spec/replicas, value: 1}
                - {op: add, path: /spec/list/1, value: x}
                - {op: add, path: /spec/list/-, value: z}
                - {op: remove, path: /spec/list/0}
                - {op: add, path: /spec/new, value: {k: v}}
                """), "test");
        assertEquals(ops("{replicas: 1, list: [x, b, z], 'a/b': {'c~d': 1}, new: {k: v}}"), doc.get("spec"));
    }

    @Test
    void escapedPointerTokens() {
        ObjectNode doc = document();
        JsonPatch.apply(doc, ops("[{op: replace, path: /spec/a~1b/c~0d, value: 2}]"), "test");
        assertEquals(2, doc.path("spec").path("a/b").path("c~d").asInt());
    }

    @Test
    void refusesWhatRfc6902WouldRefuse() {
        assertThrows(KustomizeException.class, () -> JsonPatch.apply(document(), ops("[{op: replace, path: /spec/missing, value: 1}]"), "t"));
        assertThrows(KustomizeException.class, () -> JsonPatch.apply(document(), ops("[{op: remove, path: /spec/list/5}]"), "t"));
        assertThrows(KustomizeException.class, () -> JsonPatch.apply(document(), ops("[{op: add, path: /nowhere/deep, value: 1}]"), "t"));
        assertThrows(KustomizeException.class, () -> JsonPatch.apply(document(), ops("[{op: replace, path: /spec/replicas}]"), "t"));
    }

    @Test
    void refusesOperationsItDoesNotImplement() {
        KustomizeException e = assertThrows(KustomizeException.class,
                () -> JsonPatch.apply(document(), ops("[{op: move, from: /spec/replicas, path: /spec/r}]"), "t"));
        assertTrue(e.getMessage().contains("move"));
    }
}
