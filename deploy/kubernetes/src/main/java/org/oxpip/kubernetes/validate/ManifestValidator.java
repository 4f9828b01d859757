package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oxpip.kubernetes.manifest.Resources;
import org.oxpip.kubernetes.manifest.Yaml;

/**
 * Everything we check on a rendered build: each object against its type (the official models for built-in
 * kinds, our structural schemas for the operators' custom resources), then our policies across the build.
 * An empty list means the build passed.
 */
public final class ManifestValidator {

    private final RealmShape realmShape;

    /** @param referenceRealm the realm file whose shape a KeycloakRealmImport's realm must keep */
    public ManifestValidator(Path referenceRealm) {
        this.realmShape = new RealmShape(Yaml.readOne(referenceRealm));
    }

    public List<Finding> validate(List<? extends JsonNode> resources) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode resource : resources) {
            findings.addAll(validateType(resource));
        }
        for (JsonNode resource : resources) {
            String kind = Resources.kind(resource);
            if (kind.equals("Deployment") || kind.equals("StatefulSet")) {
                ContainerPolicies.check(resource.path("spec").path("template"), Resources.id(resource), findings);
            }
        }
        ReferencePolicies.check(resources, findings);
        FlowPolicies.check(Pods.of(resources), new NetworkReach(resources), findings);
        return findings;
    }

    private List<Finding> validateType(JsonNode resource) {
        String key = Resources.apiVersion(resource) + "/" + Resources.kind(resource);
        String id = Resources.id(resource);
        if (ModelValidator.knows(key)) {
            return ModelValidator.validate(resource, ModelValidator.MODELS.get(key), id, "$");
        }
        if (CrdValidator.knows(key)) {
            List<Finding> findings = CrdValidator.validate(resource, key, id);
            if (Resources.kind(resource).equals("KeycloakRealmImport")
                    && resource.path("spec").has("realm")) {
                realmShape.check(resource.path("spec").path("realm"), "$.spec.realm", id, findings);
            }
            return findings;
        }
        return List.of(new Finding(Rule.UNKNOWN_KIND, id, key + " is not a type this validation knows"));
    }
}
