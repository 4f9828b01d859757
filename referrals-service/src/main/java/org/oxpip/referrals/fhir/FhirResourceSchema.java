package org.oxpip.referrals.fhir;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the OpenAPI document describes a FHIR resource: loosely but honestly, a JSON object with its
 * resourceType. The resource's own definition is FHIR R4's (hl7.org/fhir/R4), not repeated here.
 */
@Schema(
        name = "FhirResource",
        description = "A FHIR R4 resource in JSON (hl7.org/fhir/R4): a Bundle sent, a ServiceRequest, "
                + "CapabilityStatement or OperationOutcome answered. Its elements are FHIR's.",
        additionalProperties = Schema.True.class)
public record FhirResourceSchema(
        @Schema(required = true, description = "The FHIR resource type", example = "ServiceRequest")
        String resourceType) {}
