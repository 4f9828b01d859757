package org.oxpip.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A claim in whatever shape the JWT library hands it over: JSON-P for our claims, Java types for registered ones. */
class ClaimsTest {

    @Test
    void fundingStreamsShouldBeReadFromAnArrayOrOneString() {
        assertEquals(
                Set.of("DIDCOT_POWERHOUSE", "OXFORD_CITY"),
                Claims.texts(Json.createArrayBuilder()
                        .add("DIDCOT_POWERHOUSE")
                        .add(" OXFORD_CITY ")
                        .add("")
                        .build()));
        assertEquals(Set.of("DIDCOT_POWERHOUSE"), Claims.texts(Json.createValue("DIDCOT_POWERHOUSE")));
        assertEquals(Set.of("A", "B"), Claims.texts(List.of("A", "B")));
        assertEquals(Set.of("A"), Claims.texts("A"));
    }

    @Test
    void anAbsentOrBlankClaimShouldBeNoValue() {
        assertEquals(Set.of(), Claims.texts(null));
        assertEquals(Set.of(), Claims.texts(JsonValue.NULL));
        assertEquals(Set.of(), Claims.texts(Json.createValue("  ")));
        assertNull(Claims.text(null));
        assertNull(Claims.text(JsonValue.NULL));
        assertNull(Claims.text(Json.createValue("")));
    }

    @Test
    void oneValueShouldBeReadFromJsonOrJava() {
        assertEquals("agency-a", Claims.text(Json.createValue("agency-a")));
        assertEquals("outcomes-service", Claims.text("outcomes-service"));
        assertEquals("42", Claims.text(Json.createValue(42)));
    }
}
