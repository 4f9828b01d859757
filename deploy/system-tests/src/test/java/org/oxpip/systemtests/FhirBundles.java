package org.oxpip.systemtests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Referral Bundles as a partner's FHIR system sends them (referrals-service/docs/fhir.md), written as plain
 * JSON so that the system tests share no code with the service. Entry order: 0 ServiceRequest, 1 the parent,
 * 2 the baby, 3 Consent, 4 PractitionerRole, 5 Practitioner, 6 Organization.
 */
final class FhirBundles {

    static final String MEDIA_TYPE = "application/fhir+json";
    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    static final String AGENCY = "https://oxpip.org/fhir/Id/agency";

    private FhirBundles() {}

    static String url(String path) {
        return RunningStack.stack().referralsUrl() + "/fhir/r4" + path;
    }

    /** A new family in Didcot referred by agency A's health visitor, baby four months old. */
    static Map<String, Object> partnerReferral(Families.Parent parent) {
        return partnerReferral(parent, "agency-a");
    }

    static Map<String, Object> partnerReferral(Families.Parent parent, String agencyNamed) {
        List<Object> entries = new ArrayList<>();
        entries.add(entry(
                "urn:uuid:00000000-0000-4000-8000-000000000001",
                map(
                        "resourceType", "ServiceRequest",
                        "status", "active",
                        "intent", "order",
                        "subject", ref("urn:uuid:00000000-0000-4000-8000-000000000002"),
                        "requester", ref("urn:uuid:00000000-0000-4000-8000-000000000005"),
                        "reasonCode",
                                List.of(
                                        concept("http://snomed.info/sct", "48694002"),
                                        concept("https://oxpip.org/fhir/CodeSystem/concern", "BIRTH_TRAUMA")),
                        "supportingInfo", List.of(ref("urn:uuid:00000000-0000-4000-8000-000000000003")),
                        "note", List.of(map("text", "Difficult birth; " + parent.givenName() + " is very anxious.")))));
        entries.add(entry(
                "urn:uuid:00000000-0000-4000-8000-000000000002",
                map(
                        "resourceType", "Patient",
                        "identifier", List.of(map("system", NHS_NUMBER, "value", parent.nhsNumber())),
                        "name", List.of(map("family", parent.familyName(), "given", List.of(parent.givenName()))),
                        "telecom", List.of(map("system", "phone", "value", parent.phone())),
                        "birthDate", parent.dateOfBirth().toString(),
                        "address", List.of(map("postalCode", parent.postcode())))));
        entries.add(entry(
                "urn:uuid:00000000-0000-4000-8000-000000000003",
                map(
                        "resourceType",
                        "Patient",
                        "birthDate",
                        Families.today().minusMonths(4).toString())));
        entries.add(entry(
                "urn:uuid:00000000-0000-4000-8000-000000000004",
                map(
                        "resourceType", "Consent",
                        "status", "active",
                        "scope", concept("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy"),
                        "category", List.of(concept("http://loinc.org", "59284-0")),
                        "patient", ref("urn:uuid:00000000-0000-4000-8000-000000000002"),
                        "dateTime", Families.today().minusDays(2).toString())));
        entries.add(entry(
                "urn:uuid:00000000-0000-4000-8000-000000000005",
                map(
                        "resourceType", "PractitionerRole",
                        "practitioner", ref("urn:uuid:00000000-0000-4000-8000-000000000006"),
                        "organization", ref("urn:uuid:00000000-0000-4000-8000-000000000007"),
                        "code", List.of(concept("https://oxpip.org/fhir/CodeSystem/source-type", "HEALTH_VISITOR")))));
        entries.add(entry(
                "urn:uuid:00000000-0000-4000-8000-000000000006",
                map("resourceType", "Practitioner", "name", List.of(map("text", "Robin Visitor")))));
        entries.add(entry(
                "urn:uuid:00000000-0000-4000-8000-000000000007",
                map(
                        "resourceType", "Organization",
                        "identifier", List.of(map("system", AGENCY, "value", agencyNamed)),
                        "name", "Didcot health visiting team")));
        return map("resourceType", "Bundle", "type", "transaction", "entry", entries);
    }

    /** The Bundle's entries, to spoil one. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resource(Map<String, Object> bundle, int entry) {
        return (Map<String, Object>)
                ((Map<String, Object>) ((List<Object>) bundle.get("entry")).get(entry)).get("resource");
    }

    @SuppressWarnings("unchecked")
    static void removeEntry(Map<String, Object> bundle, int entry) {
        ((List<Object>) bundle.get("entry")).remove(entry);
    }

    private static Map<String, Object> entry(String fullUrl, Map<String, Object> resource) {
        return map(
                "fullUrl",
                fullUrl,
                "resource",
                resource,
                "request",
                map("method", "POST", "url", resource.get("resourceType")));
    }

    private static Map<String, Object> ref(String reference) {
        return map("reference", reference);
    }

    private static Map<String, Object> concept(String system, String code) {
        return map("coding", List.of(map("system", system, "code", code)));
    }

    /** A mutable map in the order given: key, value, key, value… */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
