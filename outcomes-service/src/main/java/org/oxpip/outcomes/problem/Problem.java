package org.oxpip.outcomes.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: the one error shape every endpoint answers with. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. Validation problems list each bad field.")
public record Problem(
        @Schema(example = "https://oxpip.org/problems/validation") URI type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        List<FieldError> errors) {

    /** For annotations, which need a constant. */
    public static final String JSON = "application/problem+json";
    public static final MediaType MEDIA_TYPE = MediaType.valueOf(JSON);
    private static final String BASE = "https://oxpip.org/problems/";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "parents[0].nhsNumber") String field,
            @Schema(example = "is not a valid NHS number") String message) {}

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(URI.create(BASE + slug), title, status, detail, List.of());
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new Problem(URI.create(BASE + "validation"), "Invalid request", 400, detail, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
