package org.oxpip.reporting.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become RFC 9457 problems. Messages are our own words: input
 * values, exception class names and stack traces never reach the client (they may hold personal
 * data or internals).
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
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return Problem.invalid(errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            message = "has the wrong type or format (expected " + typeName(f.getTargetType()) + ")";
        } else if (e instanceof JsonMappingException && !field.isEmpty()) {
            message = "has the wrong type or format";
        } else {
            return Problem.of(400, "malformed-json", "Malformed JSON", "The body is not well-formed JSON").toResponse();
        }
        return Problem.invalid(List.of(new Problem.FieldError(field, message))).toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e) {
        return Problem.of(401, "unauthorized", "Unauthorized", "A valid bearer token is required").toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return Response.fromResponse(unauthorized(null)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "Your role may not do this").toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf("Request failed with status %d (%s)", status, e.getClass().getSimpleName());
            return internal();
        }
        String reason = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Request refused";
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
        return Problem.of(500, "internal", "Internal error", "Something went wrong on our side").toResponse();
    }

    private static String firstFrame(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length == 0 ? "?" : frames[0].toString();
    }

    /**
     * "create.request.parents[0].nhsNumber" becomes "parents[0].nhsNumber"; a constrained query
     * parameter keeps its own name ("list.size" becomes "size").
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            nodes.remove(0);
        }
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            // Hibernate Validator puts a list index on the node after the list.
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
