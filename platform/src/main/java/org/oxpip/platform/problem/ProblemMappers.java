package org.oxpip.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.oxpip.platform.database.DatabaseUnavailable;
import org.oxpip.platform.json.JsonProblems;

/**
 * Where exceptions become RFC 9457 problems (JSON reading and security have their own mappers in
 * their packages). Messages are our own words: input values, exception class names and stack traces
 * never reach the client, since they may hold personal data or internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPaths.of(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Problem.invalid(errors).toResponse();
    }

    /**
     * JAX-RS's own refusals: no such path, a method the path does not answer, a media type it cannot
     * read, and a body Quarkus's JSON reader could not parse (it wraps Jackson's exception in a 400).
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return JsonProblems.answer(json).toResponse();
        }
        if (status >= 500) {
            LOG.errorf(
                    "Request failed with status %d (%s)", status, e.getClass().getSimpleName());
            return internal();
        }
        if (status == 404) {
            return Problem.of(404, "not-found", "Not found", "No such resource, or not yours to see")
                    .toResponse();
        }
        if (status == 405) {
            // The methods the path does answer, when JAX-RS names them (RFC 9110); they are ours, not the client's.
            Response.ResponseBuilder answer = Response.fromResponse(Problem.of(
                            405,
                            "method-not-allowed",
                            "Method not allowed",
                            "This resource does not answer that method")
                    .toResponse());
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            return (allow == null ? answer : answer.header(HttpHeaders.ALLOW, allow)).build();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known != null ? known.getReasonPhrase() : "Request refused";
        return Problem.of(status, "http-" + status, reason, reason).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseUnavailable.causes(e)) {
            // An outage, not a bug: the client may retry. The class name only, never the message.
            LOG.warnf("Database unavailable (%s)", e.getClass().getName());
            return DatabaseUnavailable.answer();
        }
        // Logged without the message: a database error can quote the row it refused.
        LOG.errorf("Unexpected %s at %s", e.getClass().getName(), firstFrame(e));
        return internal();
    }

    private static Response internal() {
        return Problem.of(500, "internal", "Internal error", "Something went wrong on our side")
                .toResponse();
    }

    private static String firstFrame(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length == 0 ? "?" : frames[0].toString();
    }
}
