package org.oxpip.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.problem.Problem;

/**
 * The union of the services' rules: each value Jackson would convert by default is refused, with a
 * problem that names the field and never quotes the value.
 */
class StrictJsonTest {

    enum Role {
        HEALTH_VISITOR,
        MIDWIFE
    }

    public record Body(
            boolean given, String details, int months, Integer count, double weight, Role role, List<Number> answers) {}

    private static final ObjectMapper STRICT = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "given   | 1",
                "given   | 0",
                "given   | 1.5",
                "given   | '\"true\"'",
                "details | 123",
                "details | 98765.4321",
                "details | true",
                "months  | '\"2\"'",
                "months  | 2.5",
                "months  | 2.0",
                "count   | '\"7\"'",
                "weight  | '\"3.2\"'",
                "role    | 0"
            })
    void aValueOfTheWrongJsonTypeShouldBeRefused(String field, String value) {
        String json = "{\"" + field + "\": " + value + "}";
        JsonProcessingException e =
                assertThrows(JsonProcessingException.class, () -> STRICT.readValue(json, Body.class));
        Problem problem = JsonProblems.answer(e);
        assertEquals(400, problem.status());
        assertEquals(field, problem.errors().get(0).field());
        String sent = value.replace("\"", "");
        if (sent.length() > 2) { // "1" and "0" are in "1 field is invalid" anyway
            assertFalse(problem.toString().contains(sent), "the value is never echoed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"{\"given\": true} }}}", "{\"given\": true} {\"given\": false}", "{\"given\": tru", "[1, 2"})
    void anythingButOneJsonValueShouldBeMalformed(String json) {
        JsonProcessingException e =
                assertThrows(JsonProcessingException.class, () -> STRICT.readValue(json, Body.class));
        Problem problem = JsonProblems.answer(e);
        assertEquals("https://oxpip.org/problems/malformed-json", problem.type().toString());
        assertEquals(List.of(), problem.errors());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"detials | is not a known field"})
    void aMisspeltFieldShouldBeNamed(String field, String message) {
        JsonProcessingException e = assertThrows(
                JsonProcessingException.class, () -> STRICT.readValue("{\"" + field + "\": \"x\"}", Body.class));
        assertEquals(
                List.of(new Problem.FieldError(field, message)),
                JsonProblems.answer(e).errors());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"role | HEALTH_VISITR | one of [HEALTH_VISITOR, MIDWIFE]"})
    void anUnknownEnumConstantShouldListTheKnownOnes(String field, String value, String expected) {
        JsonProcessingException e = assertThrows(
                JsonProcessingException.class,
                () -> STRICT.readValue("{\"" + field + "\": \"" + value + "\"}", Body.class));
        Problem.FieldError error = JsonProblems.answer(e).errors().get(0);
        assertEquals(field, error.field());
        assertEquals("has the wrong type or format (expected " + expected + ")", error.message());
    }

    /** What stays allowed: the right types, and a Number field taking 2.0 (the domain judges wholeness). */
    @org.junit.jupiter.api.Test
    void theRightTypesShouldStillBeRead() throws Exception {
        Body body = STRICT.readValue("""
                {"given": true, "details": "text", "months": 3, "count": 4, "weight": 3, "role": "MIDWIFE",
                 "answers": [1, 2.0, 1.5]}""", Body.class);
        assertEquals(3, body.months());
        assertEquals(3.0, body.weight());
        assertEquals(0, new BigDecimal(body.answers().get(1).toString()).compareTo(BigDecimal.valueOf(2)));
    }
}
