package org.oxpip.referrals.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.oxpip.referrals.intake.NewReferral;
import org.oxpip.referrals.referral.Concern;
import org.oxpip.referrals.referral.SourceType;
import org.oxpip.referrals.testing.ReferralBodies;

class BundleReaderTest {

    private static BundleReading asPartner(Bundle bundle) {
        return BundleReader.read(bundle, false, "agency-a");
    }

    private static List<String> expressions(BundleReading reading) {
        return reading.issues().stream().map(Issue::expression).toList();
    }

    @Test
    void shouldReadAPartnersBundleAsTheIntakesReferral() {
        BundleReading reading = asPartner(ReferralBundles.partner());
        assertEquals(List.of(), reading.issues());
        NewReferral r = reading.referral();
        assertEquals(1, r.parents().size());
        NewReferral.Parent mother = r.parents().get(0);
        assertEquals(ReferralBodies.GIVEN_NAME, mother.givenName());
        assertEquals(ReferralBodies.FAMILY_NAME, mother.familyName());
        assertEquals(LocalDate.of(1993, 4, 2), mother.dateOfBirth());
        assertEquals(ReferralBodies.NHS_NUMBER, mother.nhsNumber());
        assertEquals(ReferralBodies.POSTCODE, mother.postcode());
        assertEquals(ReferralBodies.PHONE, mother.phone());
        assertEquals(ReferralBodies.today().minusMonths(3), r.baby().dateOfBirth());
        assertNull(r.baby().dueDate());
        assertEquals(List.of(Concern.LOW_MOOD, Concern.BONDING_DIFFICULTY), r.concerns());
        assertEquals(true, r.consent().given());
        assertEquals(ReferralBodies.today().minusDays(1), r.consent().date());
        assertEquals("Sam Visitor", r.referrer().name());
        assertEquals(SourceType.HEALTH_VISITOR, r.referrer().role());
        assertEquals("Didcot Health Visiting", r.referrer().organisation());
        assertEquals("sam.visitor@nhs.example", r.referrer().email());
        // A partner's source is its referrer's role and it is received on arrival: neither comes from the Bundle.
        assertNull(r.sourceType());
        assertNull(r.receivedOn());
    }

    @Test
    void shouldReadADueDateDuringPregnancy() {
        BundleReading reading = asPartner(ReferralBundles.pregnancy());
        assertEquals(List.of(), reading.issues());
        assertNull(reading.referral().baby().dateOfBirth());
        assertEquals(
                ReferralBodies.today().plusMonths(4), reading.referral().baby().dueDate());
    }

    @Test
    void shouldReadASecondParentAndACollection() {
        Bundle bundle = ReferralBundles.partner();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.getEntry().forEach(e -> e.setRequest(null));
        org.hl7.fhir.r4.model.Patient father = new org.hl7.fhir.r4.model.Patient();
        father.addName().setFamily("Quillfeather").addGiven("Barnaby");
        father.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1990-01-01"));
        father.addAddress().setPostalCode("OX11 7HJ");
        bundle.addEntry()
                .setFullUrl("urn:uuid:00000000-0000-4000-8000-00000000000f")
                .setResource(father);
        BundleReading reading = asPartner(bundle);
        assertEquals(List.of(), reading.issues());
        assertEquals(2, reading.referral().parents().size());
        assertEquals("Barnaby", reading.referral().parents().get(1).givenName());
        assertEquals("Bundle.entry[7].resource.name[0].given", reading.expressionOf("parents[1].givenName"));
    }

    @Test
    void aMissingConsentShouldPointAtTheBundlesConsent() {
        Bundle bundle = ReferralBundles.partner();
        bundle.getEntry().remove(3);
        BundleReading reading = asPartner(bundle);
        assertEquals(List.of("Bundle.entry.resource.ofType(Consent)"), expressions(reading));
        assertNull(reading.referral().consent());
    }

    @Test
    void aRefusedConsentShouldNotBeGiven() {
        Bundle bundle = ReferralBundles.partner();
        ReferralBundles.resource(bundle, Consent.class).setStatus(Consent.ConsentState.REJECTED);
        BundleReading reading = asPartner(bundle);
        assertFalse(reading.referral().consent().given());
        assertEquals("Bundle.entry[3].resource.status", reading.expressionOf("consent.given"));
    }

    @Test
    void theIntakesFieldsShouldMapToTheElementsTheyCameFrom() {
        BundleReading reading = asPartner(ReferralBundles.partner());
        assertEquals("Bundle.entry[1].resource.identifier[0].value", reading.expressionOf("parents[0].nhsNumber"));
        assertEquals("Bundle.entry[1].resource.address[0].postalCode", reading.expressionOf("parents[0].postcode"));
        assertEquals("Bundle.entry[1].resource.birthDate", reading.expressionOf("parents[0].dateOfBirth"));
        assertEquals("Bundle.entry[2].resource.birthDate", reading.expressionOf("baby.dateOfBirth"));
        assertEquals("Bundle.entry[0].resource.reasonCode", reading.expressionOf("concerns[0]"));
        assertEquals("Bundle.entry[3].resource.dateTime", reading.expressionOf("consent.date"));
        assertEquals("Bundle.entry[4].resource.code", reading.expressionOf("referrer.role"));
        assertEquals("Bundle.entry[0].resource.supportingInfo", reading.expressionOf("baby"));
        assertEquals("Bundle", reading.expressionOf("fundingStream"));
    }

    @Test
    void anotherAgencyNamedInTheBundleShouldBeRefused() {
        Bundle bundle = ReferralBundles.partner();
        ReferralBundles.resource(bundle, Organization.class)
                .getIdentifierFirstRep()
                .setValue("agency-b");
        assertEquals(List.of("Bundle.entry[6].resource.identifier[0]"), expressions(asPartner(bundle)));
        // Staff send referrals that belong to no agency.
        assertEquals(
                List.of("Bundle.entry[6].resource.identifier[0]"),
                expressions(BundleReader.read(ReferralBundles.partner(), true, null)));
    }

    @Test
    void theServiceRequestsShapeShouldBeChecked() {
        Bundle bundle = ReferralBundles.partner();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        ServiceRequest request = ReferralBundles.serviceRequest(bundle);
        request.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
        request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        request.addReasonCode(new CodeableConcept(new Coding("http://example.org", "x", null)));
        request.setRequester(new Reference("urn:uuid:00000000-0000-4000-8000-000000000999"));
        assertEquals(
                List.of(
                        "Bundle.type",
                        "Bundle.entry[0].resource.status",
                        "Bundle.entry[0].resource.intent",
                        "Bundle.entry[0].resource.reasonCode[2]",
                        "Bundle.entry[0].resource.requester"),
                expressions(asPartner(bundle)));
    }

    @Test
    void aBundleWithoutAServiceRequestShouldBeRefusedWhole() {
        Bundle bundle = ReferralBundles.partner();
        bundle.getEntry().remove(0);
        BundleReading reading = asPartner(bundle);
        assertNull(reading.referral());
        assertEquals(List.of("Bundle.entry"), expressions(reading));
    }

    @Test
    void staffShouldSendTheSourceAndTheDayReceived() {
        Bundle bundle = ReferralBundles.partner();
        ReferralBundles.resource(bundle, Organization.class).getIdentifier().clear();
        ReferralBundles.serviceRequest(bundle)
                .setAuthoredOnElement(new org.hl7.fhir.r4.model.DateTimeType("2026-01-10"));
        NewReferral r = BundleReader.read(bundle, true, null).referral();
        assertEquals(SourceType.HEALTH_VISITOR, r.sourceType());
        assertEquals(LocalDate.of(2026, 1, 10), r.receivedOn());

        ReferralBundles.serviceRequest(bundle).setRequester(new Reference(ReferralBundles.MOTHER));
        NewReferral self = BundleReader.read(bundle, true, null).referral();
        assertEquals(SourceType.SELF, self.sourceType());
        assertNull(self.referrer());
        assertTrue(BundleReader.read(bundle, false, "agency-a").issues().stream()
                .anyMatch(i -> i.expression().endsWith(".requester")));
    }

    @Test
    void aPartialDateShouldBeRefusedAtItsElement() {
        Bundle bundle = ReferralBundles.partner();
        ReferralBundles.mother(bundle).setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1993"));
        assertEquals(List.of("Bundle.entry[1].resource.birthDate"), expressions(asPartner(bundle)));
    }
}
