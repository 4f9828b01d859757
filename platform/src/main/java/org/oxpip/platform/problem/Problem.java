package org.oxpip.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document: the one error shape every endpoint of every service answers with.
 * Titles and details are our own words; they never quote the request (it may hold personal data).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. Validation problems list each bad field.")
public record Problem(
        @Schema(required = true, example = "https://oxpip.org/problems/validation")
        URI type,

        @Schema(required = true, example = "Invalid request")
        String title,

        @Schema(required = true, example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        List<FieldError> errors) {

    /** The media type, as a constant annotations can use. */
    public static final String JSON = "application/problem+json";

    public static final MediaType MEDIA_TYPE = MediaType.valueOf(JSON);
    /** Every 503 says when to try again: the outages we answer 503 for pass within seconds. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private static final String BASE = "https://oxpip.org/problems/";

    /** Type and title are always there (the document says so: required); errors are left out when empty. */
    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(required = true, example = "parents[0].nhsNumber")
            String field,

            @Schema(required = true, example = "is not a valid NHS number")
            String message) {}

    /** The problem type's URI for a slug such as {@code stale-version}. */
    public static URI typeUri(String slug) {
        return URI.create(BASE + slug);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(typeUri(slug), title, status, detail, List.of());
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new Problem(typeUri("validation"), "Invalid request", 400, detail, errors);
    }

    /** 503: something we depend on cannot be reached just now (answered with Retry-After). */
    public static Problem unavailable(String slug, String detail) {
        return of(503, slug, "Service unavailable", detail);
    }

    public Response toResponse() {
        Response.ResponseBuilder response =
                Response.status(status).type(MEDIA_TYPE).entity(this);
        if (status == 503) {
            response.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        return response.build();
    }
}
