package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oxpip.kubernetes.manifest.Resources;
import org.oxpip.kubernetes.manifest.Yaml;

/** Checks the custom resources we use against our structural schemas of them (resources crd-schemas/). */
final class CrdValidator {

    static final Set<String> KNOWN = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/ScheduledBackup",
            "barmancloud.cnpg.io/v1/ObjectStore",
            "k8s.keycloak.org/v2alpha1/Keycloak",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    private CrdValidator() {}

    static boolean knows(String apiVersionAndKind) {
        return KNOWN.contains(apiVersionAndKind);
    }

    static List<Finding> validate(JsonNode object, String apiVersionAndKind, String resource) {
        List<Finding> findings = new ArrayList<>();
        SchemaValidator.validate(object, schema(apiVersionAndKind), "$", resource, findings);
        return findings;
    }

    private static JsonNode schema(String apiVersionAndKind) {
        String file = "/crd-schemas/" + apiVersionAndKind.replace('/', '_') + ".yaml";
        try (InputStream in = CrdValidator.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + file);
            }
            return Yaml.readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8), file)
                    .get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(JsonNode object) {
        return Resources.apiVersion(object) + "/" + Resources.kind(object);
    }
}
