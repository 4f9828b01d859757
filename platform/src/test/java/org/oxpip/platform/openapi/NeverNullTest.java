package org.oxpip.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

class NeverNullTest {

    record Visit(String where, int minutes, Integer rating, boolean attended) {}

    @Schema(name = "Session")
    record SessionView(@JsonProperty("held") boolean wasHeld, String notes) {}

    /** Two classes called Visit: the one whose fields cover the schema's properties is meant. */
    static final class Other {
        record Visit(String where, long minutes) {}

        private Other() {}
    }

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    record Sparse(int count) {}

    /** A bean: what Jackson writes through its getters. */
    static final class Bean {
        private final String name = "x";

        public String getName() {
            return name;
        }

        public boolean isActive() {
            return true;
        }
    }

    private static final Set<String> VISIT = Set.of("where", "minutes", "rating", "attended");

    @Test
    void primitivesShouldBeNeverNullAndBoxedTypesNot() throws Exception {
        NeverNull neverNull = NeverNull.from(Index.of(Visit.class));
        assertEquals(Set.of("minutes", "attended"), neverNull.in("Visit", VISIT));
    }

    @Test
    void theSchemaNameAndJacksonsNameShouldBeUsed() throws Exception {
        NeverNull neverNull = NeverNull.from(Index.of(SessionView.class));
        assertEquals(Set.of("held"), neverNull.in("Session", Set.of("held", "notes")));
        assertEquals(Set.of(), neverNull.in("SessionView", Set.of("held", "notes")));
    }

    @Test
    void ofTwoClassesWithOneNameTheOneCoveringThePropertiesShouldCount() throws Exception {
        NeverNull neverNull = NeverNull.from(Index.of(Visit.class, Other.Visit.class));
        assertEquals(Set.of("minutes", "attended"), neverNull.in("Visit", VISIT));
        assertEquals(Set.of(), neverNull.in("Visit", Set.of("where", "minutes")), "both cover it: unsure");
    }

    @Test
    void aClassThatLeavesOutDefaultsShouldNotCount() throws Exception {
        assertEquals(Set.of(), NeverNull.from(Index.of(Sparse.class)).in("Sparse", Set.of("count")));
    }

    @Test
    void getterPropertiesShouldCount() throws Exception {
        assertEquals(Set.of("active"), NeverNull.from(Index.of(Bean.class)).in("Bean", Set.of("name", "active")));
    }

    @Test
    void anUnknownSchemaShouldHaveNone() {
        assertEquals(Set.of(), NeverNull.none().in("Visit", VISIT));
    }
}
