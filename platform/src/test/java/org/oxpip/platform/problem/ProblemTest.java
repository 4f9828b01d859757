package org.oxpip.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void shouldBeAProblemDocumentWithOurTypeUri() {
        Response response = Problem.of(409, "illegal-transition", "Conflict", "Not from here")
                .toResponse();
        assertEquals(409, response.getStatus());
        assertEquals(Problem.JSON, response.getMediaType().toString());
        assertEquals(
                "https://oxpip.org/problems/illegal-transition",
                ((Problem) response.getEntity()).type().toString());
        assertNull(response.getHeaderString("Retry-After"), "only a 503 says when to retry");
    }

    @Test
    void everyUnavailableAnswerShouldSayWhenToRetry() {
        Response response = Problem.unavailable("referrals-unavailable", "referrals-service cannot be reached")
                .toResponse();
        assertEquals(503, response.getStatus());
        assertEquals("10", response.getHeaderString("Retry-After"));
    }

    @Test
    void validationShouldCountItsFields() {
        Problem one = Problem.invalid(List.of(new Problem.FieldError("size", "must be a whole number from 1 to 100")));
        assertEquals("1 field is invalid", one.detail());
        assertEquals("https://oxpip.org/problems/validation", one.type().toString());
        Problem two = Problem.invalid(List.of(new Problem.FieldError("a", "x"), new Problem.FieldError("b", "y")));
        assertEquals("2 fields are invalid", two.detail());
    }

    @Test
    void shouldLeaveOutAnEmptyErrorList() throws Exception {
        String json =
                new ObjectMapper().writeValueAsString(Problem.of(404, "not-found", "Not found", "No such resource"));
        Map<?, ?> read = new ObjectMapper().readValue(json, Map.class);
        assertEquals(
                Map.of(
                        "type",
                        "https://oxpip.org/problems/not-found",
                        "title",
                        "Not found",
                        "status",
                        404,
                        "detail",
                        "No such resource"),
                read);
        assertEquals(List.of(), new Problem(Problem.typeUri("t"), "t", 400, "d", null).errors());
    }

    @Test
    void factoriesShouldGiveTheirStatusAndType() {
        assertEquals(404, ProblemException.notFound().problem().status());
        assertEquals(
                403,
                ProblemException.forbidden("Not your funding stream").problem().status());
        assertEquals(
                "https://oxpip.org/problems/referral-erased",
                ProblemException.unprocessable("referral-erased", "Erased")
                        .problem()
                        .type()
                        .toString());
        assertEquals(
                422,
                ProblemException.unprocessable("referral-erased", "Erased")
                        .problem()
                        .status());
        assertEquals(
                409, ProblemException.conflict("erased", "Erased").problem().status());
        assertEquals(
                503,
                ProblemException.unavailable("referrals-unavailable", "Down")
                        .problem()
                        .status());
        assertEquals("body-required", slug(ProblemException.bodyRequired()));
        assertEquals("malformed-json", slug(ProblemException.malformedJson("The body is not valid UTF-8")));
        assertEquals(
                List.of(new Problem.FieldError("status", "must be OPEN or ACKNOWLEDGED")),
                ProblemException.invalid("status", "must be OPEN or ACKNOWLEDGED")
                        .problem()
                        .errors());
    }

    @Test
    void anAnswerShouldCarryNoStackTrace() {
        ProblemException e = ProblemException.notFound();
        assertEquals(0, e.getStackTrace().length);
        assertFalse(e.getMessage().isBlank());
    }

    private static String slug(ProblemException e) {
        String type = e.problem().type().toString();
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
