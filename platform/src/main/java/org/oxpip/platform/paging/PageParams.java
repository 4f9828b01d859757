package org.oxpip.platform.paging;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.oxpip.platform.problem.Problem;

/**
 * The {@code page} and {@code size} query parameters, documented once: a list resource takes
 * {@code @BeanParam PageParams paging} and calls {@link #request()}. They arrive as text so that
 * {@code page=abc} is our 400, not JAX-RS's 404.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(
            description = "Page number, from 0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(
            description = "Page size, 1-100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    public PageParams() {}

    public PageParams(String page, String size) {
        this.page = page;
        this.size = size;
    }

    /** The page asked for, or 400 naming each bad parameter. */
    public PageRequest request() {
        return PageRequest.of(page, size);
    }

    /** Bad paging adds to {@code errors}, for a resource that reports its other parameters with it. */
    public PageRequest request(List<Problem.FieldError> errors) {
        return PageRequest.of(page, size, errors);
    }
}
