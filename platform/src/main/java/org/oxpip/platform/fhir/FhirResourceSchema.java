package org.oxpip.platform.fhir;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the OpenAPI documents describe a FHIR answer: loosely but honestly, an object with its resourceType. The
 * resource's own rules are FHIR R4's (hl7.org/fhir/R4), checked by HAPI's validator in each service's tests; the
 * OpenAPI document does not copy them.
 */
@Schema(
        name = "FhirResource",
        description = "A FHIR R4 resource as JSON (application/fhir+json): a Bundle, CapabilityStatement,"
                + " Questionnaire, Measure, MeasureReport or OperationOutcome, as named by resourceType. Its"
                + " elements are FHIR R4's.",
        additionalProperties = Schema.True.class)
public record FhirResourceSchema(
        @Schema(required = true, description = "The FHIR resource type", example = "Bundle")
        String resourceType) {}
