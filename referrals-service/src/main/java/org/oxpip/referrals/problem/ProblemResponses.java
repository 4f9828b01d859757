package org.oxpip.referrals.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the two answers any operation can give, once here rather than on every method: 413
 * for an operation that takes a body ({@link BodyTooLarge}) and 503 with Retry-After when the
 * database cannot be reached ({@link DatabaseUnavailable}). An operation's own 413 is kept; its own
 * 503 (another service down) is kept and extended to name the database.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final String DATABASE = "the database cannot be reached just now";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(ProblemResponses::add));
    }

    private static void add(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("413")) {
            responses.addAPIResponse("413", problem("The body is larger than this service accepts"));
        }
        APIResponse unavailable = responses.getAPIResponse("503");
        if (unavailable == null) {
            responses.addAPIResponse("503", problem("The database cannot be reached just now; try again after Retry-After seconds")
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
        } else if (unavailable.getDescription() != null && !unavailable.getDescription().contains(DATABASE)) {
            // The operation's own 503 (another service down) is also the answer when the database is.
            unavailable.description(unavailable.getDescription() + "; or " + DATABASE);
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE.toString(),
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
