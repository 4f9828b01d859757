package org.oxpip.reporting.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The funding_streams claim as an issuer may write it. */
class CallersTest {

    @Test
    void shouldReadAJsonArray() {
        assertEquals(Set.of("DIDCOT_POWERHOUSE", "COMMUNITY_GRANT"), Callers.fundingStreams(
                Json.createArrayBuilder().add("DIDCOT_POWERHOUSE").add("COMMUNITY_GRANT").build()));
    }

    @Test
    void shouldReadOneString() {
        assertEquals(Set.of("DIDCOT_POWERHOUSE"), Callers.fundingStreams(Json.createValue("DIDCOT_POWERHOUSE")));
        assertEquals(Set.of("DIDCOT_POWERHOUSE"), Callers.fundingStreams("DIDCOT_POWERHOUSE"));
        assertEquals(Set.of("DIDCOT_POWERHOUSE"), Callers.fundingStreams(List.of("DIDCOT_POWERHOUSE")));
    }

    @Test
    void shouldNameNoStreamForAnythingElse() {
        assertEquals(Set.of(), Callers.fundingStreams(null));
        assertEquals(Set.of(), Callers.fundingStreams(Json.createArrayBuilder().build()));
        assertEquals(Set.of(), Callers.fundingStreams(Json.createValue(" ")));
        assertEquals(Set.of(), Callers.fundingStreams(Json.createValue(42)));
        assertEquals(Set.of(), Callers.fundingStreams(Json.createObjectBuilder().add("stream", "X").build()));
        assertEquals(Set.of("A"), Callers.fundingStreams(Json.createArrayBuilder().add("").add(7).add("A").build()));
    }
}
