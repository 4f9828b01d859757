package org.oxpip.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** JAX-RS's own refusals as problems; the HTTP-level ones are also checked in a running app (PlatformInAnAppTest). */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void noSuchPathShouldBeNotFound() {
        Response response = mappers.webApplication(new NotFoundException());
        assertEquals(404, response.getStatus());
        assertEquals(
                "https://oxpip.org/problems/not-found", problem(response).type().toString());
    }

    @Test
    void aMethodThePathDoesNotAnswerShouldNameTheOnesItDoes() {
        Response response = mappers.webApplication(new NotAllowedException("GET", new String[] {"PUT"}));
        assertEquals(405, response.getStatus());
        assertEquals(
                "https://oxpip.org/problems/method-not-allowed",
                problem(response).type().toString());
        assertEquals(Problem.JSON, response.getMediaType().toString());
        assertFalse(response.getHeaderString("Allow").isBlank());
    }

    @Test
    void otherRefusalsShouldKeepTheirStatus() {
        Response response = mappers.webApplication(new NotSupportedException());
        assertEquals(415, response.getStatus());
        assertEquals(
                "https://oxpip.org/problems/http-415", problem(response).type().toString());
        assertEquals("Unsupported Media Type", problem(response).title());
    }

    @Test
    void aServerErrorShouldSayNothingOfItsCause() {
        Response response = mappers.webApplication(new InternalServerErrorException("connection to 10.0.0.7 lost"));
        assertEquals(500, response.getStatus());
        assertEquals("Something went wrong on our side", problem(response).detail());
    }

    @Test
    void anUnexpectedFailureShouldNotQuoteItsMessage() {
        Response response = mappers.unexpected(new IllegalStateException("NHS number 943 476 5919 not unique"));
        assertEquals(500, response.getStatus());
        assertFalse(problem(response).toString().contains("943"));
    }

    private static Problem problem(Response response) {
        return (Problem) response.getEntity();
    }
}
