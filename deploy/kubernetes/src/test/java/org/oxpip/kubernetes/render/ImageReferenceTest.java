package org.oxpip.kubernetes.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImageReferenceTest {

    @Test
    void splitsNameTagAndDigest() {
        assertEquals(new ImageReference("postgres", "17.6", null), ImageReference.parse("postgres:17.6"));
        assertEquals(new ImageReference("registry:5000/team/app", null, null), ImageReference.parse("registry:5000/team/app"));
        assertEquals(new ImageReference("registry:5000/app", "1.0", "sha256:ab"), ImageReference.parse("registry:5000/app:1.0@sha256:ab"));
    }

    @Test
    void overridesAsKustomizeDoes() {
        var overrides = List.of(new Kustomization.ImageOverride("oxpip/app", "ghcr.io/oxpip/app", "1.2.3", null),
                new Kustomization.ImageOverride("postgres", null, null, "sha256:ff"),
                new Kustomization.ImageOverride("keycloak", "quay.io/keycloak/keycloak", null, null));
        assertEquals("ghcr.io/oxpip/app:1.2.3", ImageTransformer.override("oxpip/app", overrides));
        assertEquals("ghcr.io/oxpip/app:1.2.3", ImageTransformer.override("oxpip/app:0.9", overrides));
        assertEquals("postgres@sha256:ff", ImageTransformer.override("postgres:17", overrides));
        assertEquals("quay.io/keycloak/keycloak:26", ImageTransformer.override("keycloak:26", overrides));
        assertEquals("other:1", ImageTransformer.override("other:1", overrides));
    }
}
