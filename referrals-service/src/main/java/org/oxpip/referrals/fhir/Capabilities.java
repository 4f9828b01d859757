package org.oxpip.referrals.fhir;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;

/**
 * What this service's FHIR API does, and nothing more: create and read of ServiceRequest (the referral,
 * sent inside a Bundle), JSON only, bearer tokens. Kept in step with {@link FhirResource} by its test.
 */
public final class Capabilities {

    /** The day this statement last changed (a CapabilityStatement is dated). */
    static final LocalDate CHANGED = LocalDate.of(2026, 12, 7);

    private Capabilities() {}

    public static CapabilityStatement statement(String baseUrl) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDateElement(new DateTimeType(CHANGED.toString()));
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat(FhirFormat.JSON);
        statement.addFormat("json");
        statement.setPublisher("OxPIP platform team");
        statement.getSoftware().setName("OxPIP referrals-service");
        statement
                .getImplementation()
                .setDescription("Referrals in as FHIR R4: a Bundle with the ServiceRequest, its Patients, the"
                        + " Consent and the referrer; the referral's status back as a ServiceRequest")
                .setUrl(baseUrl + "/fhir/r4");
        CapabilityStatement.CapabilityStatementRestComponent rest =
                statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .setCors(true)
                .addService(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")))
                .setDescription("Bearer tokens from the project's Keycloak realm. A partner agency (role referrer)"
                        + " sends and reads its own agency's referrals only; staff (clinician, admin) may send;"
                        + " clinician, manager and admin may read any.");
        CapabilityStatement.CapabilityStatementRestResourceComponent serviceRequest =
                rest.addResource().setType("ServiceRequest");
        serviceRequest
                .setDocumentation("POST takes a Bundle (type transaction or collection) holding the ServiceRequest,"
                        + " the parents' Patients, the baby (a Patient or an estimated delivery date Observation in"
                        + " supportingInfo), the Consent and the referrer's PractitionerRole, Practitioner and"
                        + " Organization. Retries are safe with an Idempotency-Key header or Bundle.identifier.")
                .setVersioning(CapabilityStatement.ResourceVersionPolicy.VERSIONEDUPDATE)
                .setReadHistory(false)
                .setUpdateCreate(false)
                .setConditionalCreate(false);
        serviceRequest.addInteraction().setCode(TypeRestfulInteraction.CREATE);
        serviceRequest.addInteraction().setCode(TypeRestfulInteraction.READ);
        return statement;
    }
}
