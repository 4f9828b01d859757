package org.oxpip.referrals.fhir;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.oxpip.referrals.testing.ReferralBodies;

/** Valid referral Bundles as a partner's system would send them; each call gives a fresh one to spoil. */
public final class ReferralBundles {

    public static final String SERVICE_REQUEST = "urn:uuid:7d7c3f0e-1b2a-4c1e-9f51-000000000001";
    public static final String MOTHER = "urn:uuid:7d7c3f0e-1b2a-4c1e-9f51-000000000002";
    public static final String BABY = "urn:uuid:7d7c3f0e-1b2a-4c1e-9f51-000000000003";
    public static final String CONSENT = "urn:uuid:7d7c3f0e-1b2a-4c1e-9f51-000000000004";
    public static final String ROLE = "urn:uuid:7d7c3f0e-1b2a-4c1e-9f51-000000000005";
    public static final String PRACTITIONER = "urn:uuid:7d7c3f0e-1b2a-4c1e-9f51-000000000006";
    public static final String ORGANIZATION = "urn:uuid:7d7c3f0e-1b2a-4c1e-9f51-000000000007";
    public static final String DUE_DATE = "urn:uuid:7d7c3f0e-1b2a-4c1e-9f51-000000000008";

    private ReferralBundles() {}

    /** Entry order: 0 ServiceRequest, 1 mother, 2 baby, 3 Consent, 4 PractitionerRole, 5 Practitioner, 6 Organization. */
    public static Bundle partner() {
        LocalDate today = ReferralBodies.today();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        ServiceRequest request = new ServiceRequest()
                .setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
                .setSubject(new Reference(MOTHER))
                .setRequester(new Reference(ROLE));
        request.addReasonCode(new CodeableConcept(new Coding(FhirCodes.SNOMED, "366979004", "Depressed mood")));
        request.addReasonCode(new CodeableConcept(new Coding(FhirCodes.CONCERN_SYSTEM, "BONDING_DIFFICULTY", null)));
        request.addSupportingInfo(new Reference(BABY));
        request.addNote().setText("Struggling since the birth; asked for help.");
        add(bundle, SERVICE_REQUEST, request);

        Patient mother = new Patient();
        mother.addName().setFamily(ReferralBodies.FAMILY_NAME).addGiven(ReferralBodies.GIVEN_NAME);
        mother.setBirthDateElement(new DateType("1993-04-02"));
        mother.addIdentifier().setSystem(FhirCodes.NHS_NUMBER).setValue(ReferralBodies.NHS_NUMBER);
        mother.addAddress().setPostalCode(ReferralBodies.POSTCODE);
        mother.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(ReferralBodies.PHONE);
        add(bundle, MOTHER, mother);

        Patient baby = new Patient();
        baby.setBirthDateElement(new DateType(today.minusMonths(3).toString()));
        add(bundle, BABY, baby);

        Consent consent = new Consent()
                .setStatus(Consent.ConsentState.ACTIVE)
                .setScope(new CodeableConcept(
                        new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", null)))
                .setPatient(new Reference(MOTHER))
                .setDateTimeElement(new DateTimeType(today.minusDays(1).toString()));
        consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", null)));
        add(bundle, CONSENT, consent);

        PractitionerRole role = new PractitionerRole()
                .setPractitioner(new Reference(PRACTITIONER))
                .setOrganization(new Reference(ORGANIZATION));
        role.addCode(new CodeableConcept(new Coding(FhirCodes.SOURCE_TYPE_SYSTEM, "HEALTH_VISITOR", null)));
        role.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue("sam.visitor@nhs.example");
        add(bundle, ROLE, role);

        Practitioner practitioner = new Practitioner();
        practitioner.addName().setFamily("Visitor").addGiven("Sam");
        add(bundle, PRACTITIONER, practitioner);

        Organization organization = new Organization().setName("Didcot Health Visiting");
        organization.addIdentifier().setSystem(FhirCodes.AGENCY_SYSTEM).setValue("agency-a");
        add(bundle, ORGANIZATION, organization);
        return bundle;
    }

    /** During pregnancy: the due date as an Observation in supportingInfo instead of the baby's Patient. */
    public static Bundle pregnancy() {
        Bundle bundle = partner();
        ServiceRequest request = serviceRequest(bundle);
        request.getSupportingInfo().clear();
        request.addSupportingInfo(new Reference(DUE_DATE));
        bundle.getEntry().remove(2);
        Observation due = new Observation()
                .setStatus(Observation.ObservationStatus.FINAL)
                .setCode(new CodeableConcept(
                        new Coding(FhirCodes.LOINC, FhirCodes.ESTIMATED_DELIVERY_DATE, "Delivery date Estimated")))
                .setSubject(new Reference(MOTHER))
                .setValue(new DateTimeType(ReferralBodies.today().plusMonths(4).toString()));
        add(bundle, DUE_DATE, due);
        return bundle;
    }

    public static ServiceRequest serviceRequest(Bundle bundle) {
        return (ServiceRequest) bundle.getEntry().get(0).getResource();
    }

    public static Patient mother(Bundle bundle) {
        return (Patient) bundle.getEntry().get(1).getResource();
    }

    public static <T extends Resource> T resource(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry()
                .setFullUrl(fullUrl)
                .setResource(resource)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
    }
}
