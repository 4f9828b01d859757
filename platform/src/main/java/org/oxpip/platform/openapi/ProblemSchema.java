package org.oxpip.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.oxpip.platform.problem.Problem;

/**
 * The Problem and FieldError schemas, written out for a document in which no resource named
 * {@link Problem} (SmallRye then never scanned it). They say what the record's annotations say: type,
 * title and status are always there; detail and errors may be left out.
 */
final class ProblemSchema {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private ProblemSchema() {}

    static Content content() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    static void addTo(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FIELD_ERROR)) {
            components.addSchema(
                    FIELD_ERROR,
                    object().addProperty("field", text("parents[0].nhsNumber"))
                            .addProperty("message", text("is not a valid NHS number"))
                            .required(List.of("field", "message")));
        }
        if (!components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema(
                    PROBLEM,
                    object().description("RFC 9457 problem details. Validation problems list each bad field.")
                            .addProperty(
                                    "type",
                                    text("https://oxpip.org/problems/validation")
                                            .format("uri"))
                            .addProperty("title", text("Invalid request"))
                            .addProperty(
                                    "status",
                                    OASFactory.createSchema()
                                            .addType(Schema.SchemaType.INTEGER)
                                            .format("int32")
                                            .example(400))
                            .addProperty("detail", text("2 fields are invalid"))
                            .addProperty(
                                    "errors",
                                    OASFactory.createSchema()
                                            .addType(Schema.SchemaType.ARRAY)
                                            .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                            .required(List.of("type", "title", "status")));
        }
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
    }

    private static Schema text(String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).example(example);
    }
}
