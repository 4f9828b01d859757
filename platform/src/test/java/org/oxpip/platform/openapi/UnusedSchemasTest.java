package org.oxpip.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class UnusedSchemasTest {

    @Test
    void aSchemaOnlyAnUnusedSchemaUsesShouldGoToo() {
        OpenAPI api = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("ReferralFeedPage", object().addProperty("items", array("ReferralFacts")))
                        .addSchema("ReferralFacts", object().addProperty("referralId", ref("UUID")))
                        .addSchema("AssessmentFacts", object().addProperty("assessmentId", ref("UUID")))
                        .addSchema("Problem", object().addProperty("errors", array("FieldError")))
                        .addSchema("FieldError", object())
                        .addSchema("Status", OASFactory.createSchema().addType(SchemaType.STRING))
                        .addSchema("UUID", OASFactory.createSchema().addType(SchemaType.STRING)))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/feed",
                                OASFactory.createPathItem()
                                        .GET(OASFactory.createOperation()
                                                .addParameter(OASFactory.createParameter()
                                                        .name("status")
                                                        .schema(ref("Status")))
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse("200", answer("ReferralFeedPage"))
                                                        .addAPIResponse("503", answer("Problem"))))));
        UnusedSchemas.removeFrom(api);
        assertEquals(
                Set.of("ReferralFeedPage", "ReferralFacts", "UUID", "Problem", "FieldError", "Status"),
                api.getComponents().getSchemas().keySet());
    }

    @Test
    void theUuidOnlyTheUnusedFactsUseShouldGo() {
        OpenAPI api = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("AssessmentFacts", object().addProperty("assessmentId", ref("UUID")))
                        .addSchema("UUID", OASFactory.createSchema().addType(SchemaType.STRING)));
        UnusedSchemas.removeFrom(api);
        assertEquals(Set.of(), api.getComponents().getSchemas().keySet());
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse answer(String schema) {
        return OASFactory.createAPIResponse()
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/json", OASFactory.createMediaType().schema(ref(schema))));
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT);
    }

    private static Schema array(String items) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).items(ref(items));
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }
}
