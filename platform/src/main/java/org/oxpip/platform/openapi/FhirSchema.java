package org.oxpip.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.oxpip.platform.fhir.Fhir;
import org.oxpip.platform.fhir.FhirResourceSchema;

/**
 * The FhirResource schema, written out for a document in which no resource named {@link FhirResourceSchema}
 * (SmallRye then never scanned it), and the OperationOutcome content that refers to it. It says what the
 * record's annotations say: an object with a required resourceType and FHIR's other elements.
 */
final class FhirSchema {

    /** The words a FHIR route's refusal ends with, once. */
    static final String OPERATION_OUTCOME = " (an OperationOutcome)";

    private FhirSchema() {}

    static Content content() {
        return OASFactory.createContent()
                .addMediaType(
                        Fhir.JSON,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(FhirResourceSchema.NAME)));
    }

    static boolean isFhir(Content content) {
        return content != null
                && content.getMediaTypes() != null
                && content.getMediaTypes().containsKey(Fhir.JSON);
    }

    static void addTo(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FhirResourceSchema.NAME)) {
            components.addSchema(
                    FhirResourceSchema.NAME,
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.OBJECT)
                            .description(FhirResourceSchema.DESCRIPTION)
                            .additionalPropertiesBoolean(true)
                            .addProperty(
                                    "resourceType",
                                    OASFactory.createSchema()
                                            .addType(Schema.SchemaType.STRING)
                                            .description(FhirResourceSchema.TYPE_DESCRIPTION)
                                            .example("Bundle"))
                            .required(List.of("resourceType")));
        }
    }
}
