package org.oxpip.platform.fhir;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the OpenAPI documents describe a FHIR answer: loosely but honestly, an object with its resourceType. The
 * resource's own rules are FHIR R4's (hl7.org/fhir/R4), checked by HAPI's validator in each service's tests; the
 * OpenAPI document does not copy them. The platform's OpenAPI filter writes the same schema out for a document in
 * which no resource named this record (it documents every refusal on a FHIR route as an OperationOutcome).
 */
@Schema(
        name = FhirResourceSchema.NAME,
        description = FhirResourceSchema.DESCRIPTION,
        additionalProperties = Schema.True.class)
public record FhirResourceSchema(
        @Schema(required = true, description = FhirResourceSchema.TYPE_DESCRIPTION, example = "Bundle")
        String resourceType) {

    /** The schema's name in the components: what the documents reference as {@code #/components/schemas/FhirResource}. */
    public static final String NAME = "FhirResource";

    public static final String DESCRIPTION = "A FHIR R4 resource as JSON (application/fhir+json): a Bundle,"
            + " ServiceRequest, CapabilityStatement, Questionnaire, Measure, MeasureReport or OperationOutcome, as"
            + " named by resourceType. Its elements are FHIR R4's.";

    public static final String TYPE_DESCRIPTION = "The FHIR resource type";
}
