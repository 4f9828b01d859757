package org.oxpip.platform.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonBodiesTest {

    @Test
    void invalidUtf8ShouldBeRecognised() {
        assertTrue(StrictJsonBodies.isUtf8("{\"name\": \"Zoë 😀\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(StrictJsonBodies.isUtf8(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}), "overlong '/'");
        assertFalse(
                StrictJsonBodies.isUtf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
                "beyond U+10FFFF");
        assertFalse(StrictJsonBodies.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "a lone surrogate");
        assertFalse(StrictJsonBodies.isUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82}), "cut short");
    }

    @Test
    void onlyJsonBodiesShouldBeChecked() {
        assertTrue(StrictJsonBodies.isJson(MediaType.APPLICATION_JSON_TYPE));
        assertTrue(StrictJsonBodies.isJson(MediaType.valueOf("application/merge-patch+json")));
        assertTrue(StrictJsonBodies.isJson(MediaType.valueOf("application/JSON; charset=utf-8")));
        assertFalse(StrictJsonBodies.isJson(MediaType.TEXT_PLAIN_TYPE));
        assertFalse(StrictJsonBodies.isJson(null));
    }
}
