package org.oxpip.kubernetes.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {

    @Test
    void splitsNameTagAndDigest() {
        assertEquals(new ImageReference("postgres", "17.6", null), ImageReference.parse("postgres:17.6"));
        assertEquals(
                new ImageReference("registry:5000/team/app", null, null),
                ImageReference.parse("registry:5000/team/app"));
        assertEquals(
                new ImageReference("registry:5000/app", "1.0", "sha256:ab"),
                ImageReference.parse("registry:5000/app:1.0@sha256:ab"));
    }
}
