package org.oxpip.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

/** The nullability rule on documents built by hand; ContractInAnAppTest checks it on one Quarkus generated. */
class NullableFieldsTest {

    /** A class behind a schema: {@code visits} is a primitive, so never null. */
    record Family(String name, int visits) {}

    @Test
    void aTypedPropertyShouldGainTheNullType() {
        Schema property = text().format("date").description("When");
        Schema nullable = NullableFields.nullable(property);
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), nullable.getType());
        assertEquals("date", nullable.getFormat());
        assertEquals("When", nullable.getDescription());
        assertEquals(List.of(SchemaType.STRING), property.getType(), "the original is not changed");
    }

    @Test
    void anEnumShouldAlsoListNullAmongItsValues() {
        Schema nullable = NullableFields.nullable(text().enumeration(List.of("COMPLETED", "OTHER")));
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), nullable.getType());
        assertEquals(Arrays.asList("COMPLETED", "OTHER", null), nullable.getEnumeration());
    }

    @Test
    void anEnumThatAllowsNullByTypeButNotByValueShouldBeMended() {
        Schema property = OASFactory.createSchema()
                .type(List.of(SchemaType.STRING, SchemaType.NULL))
                .enumeration(List.of("COMPLETED"));
        assertEquals(
                Arrays.asList("COMPLETED", null),
                NullableFields.nullable(property).getEnumeration());
    }

    @Test
    void aReferenceShouldBeWrappedWithItsDescriptionOutside() {
        Schema property = OASFactory.createSchema()
                .ref("LocalDate")
                .addType(SchemaType.STRING)
                .description("When it closed")
                .examples(List.of("2024-09-15"));
        Schema nullable = NullableFields.nullable(property);
        assertEquals("When it closed", nullable.getDescription());
        assertEquals(List.of("2024-09-15"), nullable.getExamples());
        assertNull(nullable.getRef());
        assertNull(nullable.getType());
        Schema inner = nullable.getAnyOf().get(0);
        assertEquals("#/components/schemas/LocalDate", inner.getRef());
        assertEquals(List.of(SchemaType.STRING), inner.getType());
        assertNull(inner.getDescription());
        assertEquals(List.of(SchemaType.NULL), nullable.getAnyOf().get(1).getType());
    }

    @Test
    void aPropertyThatAlreadyAllowsNullShouldBeLeftAsItIs() {
        Schema typed = OASFactory.createSchema().type(List.of(SchemaType.INTEGER, SchemaType.NULL));
        Schema wrapped = OASFactory.createSchema()
                .addAnyOf(OASFactory.createSchema().ref("LocalDate"))
                .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
        Schema anything = OASFactory.createSchema().description("Free-form");
        assertSame(typed, NullableFields.nullable(typed));
        assertSame(wrapped, NullableFields.nullable(wrapped));
        assertSame(anything, NullableFields.nullable(anything));
    }

    @Test
    void aTypeBesideANullAlternativeShouldBeTakenOut() {
        // What SmallRye writes for @Schema(nullable = true) on a record component of a schema type.
        Schema property = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("null when neither has")
                .addAnyOf(OASFactory.createSchema().ref("PairedOutcome"))
                .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        Schema nullable = NullableFields.nullable(property);
        assertEquals(null, nullable.getType(), "a type outside would refuse the null");
        assertEquals(2, nullable.getAnyOf().size());
        assertEquals("null when neither has", nullable.getDescription());
        assertSame(nullable, NullableFields.nullable(nullable), "and then it is left as it is");
    }

    @Test
    void responseSchemasShouldFollowTheRuleAndRequestSchemasNot() {
        OpenAPI api = document();
        NullableFields.apply(api, NeverNull.none());
        Schema answer = api.getComponents().getSchemas().get("Answer");
        assertEquals(List.of(SchemaType.STRING), property(answer, "id").getType(), "required: never null");
        assertEquals(
                List.of(SchemaType.STRING, SchemaType.NULL),
                property(answer, "note").getType());
        Schema nested = property(answer, "baby");
        assertEquals(List.of(SchemaType.OBJECT, SchemaType.NULL), nested.getType());
        assertEquals(
                List.of(SchemaType.STRING, SchemaType.NULL),
                nested.getProperties().get("dueDate").getType(),
                "an inline object's properties too");
        Schema listed = api.getComponents().getSchemas().get("Listed");
        assertEquals(
                List.of(SchemaType.STRING, SchemaType.NULL),
                property(listed, "name").getType(),
                "reached through an array's items");
        Schema request = api.getComponents().getSchemas().get("Request");
        assertEquals(List.of(SchemaType.STRING), property(request, "note").getType(), "a request is left alone");
    }

    @Test
    void runningTwiceShouldChangeNothing() {
        OpenAPI api = document();
        NullableFields.apply(api, NeverNull.none());
        String once = api.getComponents().getSchemas().toString();
        NullableFields.apply(api, NeverNull.none());
        assertEquals(once, api.getComponents().getSchemas().toString());
        assertEquals(
                2,
                property(api.getComponents().getSchemas().get("Answer"), "closed")
                        .getAnyOf()
                        .size());
    }

    @Test
    void aPrimitiveOfTheClassBehindTheSchemaShouldBecomeRequired() throws Exception {
        OpenAPI api = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema(
                                "Family",
                                OASFactory.createSchema()
                                        .addType(SchemaType.OBJECT)
                                        .addProperty("name", text())
                                        .addProperty(
                                                "visits",
                                                OASFactory.createSchema().addType(SchemaType.INTEGER))))
                .paths(OASFactory.createPaths().addPathItem("/families", get("Family")));
        NullableFields.apply(api, NeverNull.from(Index.of(Family.class)));
        Schema family = api.getComponents().getSchemas().get("Family");
        assertEquals(List.of("visits"), family.getRequired());
        assertEquals(List.of(SchemaType.INTEGER), property(family, "visits").getType());
        assertEquals(
                List.of(SchemaType.STRING, SchemaType.NULL),
                property(family, "name").getType());
    }

    private static OpenAPI document() {
        Schema answer = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .required(List.of("id"))
                .addProperty("id", text())
                .addProperty("note", text())
                .addProperty("closed", OASFactory.createSchema().ref("LocalDate"))
                .addProperty(
                        "baby",
                        OASFactory.createSchema()
                                .addType(SchemaType.OBJECT)
                                .addProperty("dueDate", text().format("date")))
                .addProperty(
                        "listed",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("Listed")));
        Schema listed = OASFactory.createSchema().addType(SchemaType.OBJECT).addProperty("name", text());
        Schema request = OASFactory.createSchema().addType(SchemaType.OBJECT).addProperty("note", text());
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("Answer", answer)
                        .addSchema("Listed", listed)
                        .addSchema("Request", request)
                        .addSchema("LocalDate", text().format("date")))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/answers",
                                get("Answer")
                                        .POST(OASFactory.createOperation()
                                                .requestBody(OASFactory.createRequestBody()
                                                        .content(json("Request")))
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse("204", OASFactory.createAPIResponse())))));
    }

    private static org.eclipse.microprofile.openapi.models.PathItem get(String schema) {
        return OASFactory.createPathItem()
                .GET(OASFactory.createOperation()
                        .responses(OASFactory.createAPIResponses()
                                .addAPIResponse(
                                        "200", OASFactory.createAPIResponse().content(json(schema)))));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content json(String schema) {
        return OASFactory.createContent()
                .addMediaType(
                        "application/json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(schema)));
    }

    private static Schema property(Schema schema, String name) {
        return schema.getProperties().get(name);
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
