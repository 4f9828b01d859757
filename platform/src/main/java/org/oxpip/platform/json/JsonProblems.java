package org.oxpip.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.oxpip.platform.problem.FieldPaths;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;

/**
 * A body Jackson cannot read: a field of the wrong type or format, or an unknown field, is a 400
 * naming that field; anything else is 400 malformed-json. Jackson's own message is never passed on:
 * it quotes the value it refused.
 */
public class JsonProblems {

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return answer(e).toResponse();
    }

    /** Quarkus maps this subtype itself (as plain JSON); naming it here makes ours the more specific mapper. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return answer(e).toResponse();
    }

    /** Also used for the parse errors Quarkus wraps in a 400 WebApplicationException. */
    public static Problem answer(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? FieldPaths.of(m) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            message = "has the wrong type or format (expected " + FieldPaths.expected(f.getTargetType()) + ")";
        } else if (e instanceof JsonMappingException && !field.isEmpty()) {
            message = "has the wrong type or format";
        } else {
            return ProblemException.malformedJson("The body is not well-formed JSON")
                    .problem();
        }
        return Problem.invalid(List.of(new Problem.FieldError(field, message)));
    }
}
