package org.oxpip.referrals.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.oxpip.referrals.intake.NewReferral;
import org.oxpip.referrals.referral.Concern;
import org.oxpip.referrals.referral.SourceType;

/**
 * Reads a referral Bundle (docs/fhir.md, "What a referral Bundle holds") into the intake's
 * {@link NewReferral}, noting for every field the element it came from. It checks only what is FHIR's
 * (the Bundle's shape, references, codes, the agency named); the intake's own rules judge the referral.
 * Pure: the caller says whether staff send it and which agency the token names. Messages never repeat a
 * value that was sent.
 */
public final class BundleReader {

    static final Set<String> READ = Set.of(
            "ServiceRequest", "Patient", "Consent", "PractitionerRole", "Practitioner", "Organization", "Observation");

    private final Bundle bundle;
    private final boolean staff;
    private final String agencyId;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, String> elementOfField = new LinkedHashMap<>();
    private final Map<Resource, String> paths = new HashMap<>();

    private BundleReader(Bundle bundle, boolean staff, String agencyId) {
        this.bundle = bundle;
        this.staff = staff;
        this.agencyId = agencyId;
    }

    /** Staff send no agency (agencyId null); a partner's is its token's. */
    public static BundleReading read(Bundle bundle, boolean staff, String agencyId) {
        return new BundleReader(bundle, staff, agencyId).read();
    }

    private BundleReading read() {
        String identifier = bundle.hasIdentifier() && bundle.getIdentifier().hasValue()
                ? bundle.getIdentifier().getValue()
                : null;
        if (bundle.getType() != Bundle.BundleType.TRANSACTION && bundle.getType() != Bundle.BundleType.COLLECTION) {
            issues.add(new Issue("Bundle.type", "must be transaction or collection"));
        }
        List<ServiceRequest> requests = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            String path = "Bundle.entry[" + i + "].resource";
            if (!entry.hasResource()) {
                issues.add(new Issue("Bundle.entry[" + i + "]", "must hold a resource"));
                continue;
            }
            Resource resource = entry.getResource();
            paths.put(resource, path);
            if (!READ.contains(resource.fhirType())) {
                issues.add(
                        new Issue(path, "is a resource type this service does not read (see its CapabilityStatement)"));
            } else if (resource instanceof ServiceRequest request) {
                requests.add(request);
            } else if (resource instanceof Organization organization) {
                checkAgency(organization, path);
            }
        }
        if (requests.size() != 1) {
            issues.add(new Issue("Bundle.entry", "must hold exactly one ServiceRequest"));
            return new BundleReading(null, List.copyOf(issues), identifier, Map.of());
        }
        NewReferral referral = referral(requests.get(0));
        return new BundleReading(referral, List.copyOf(issues), identifier, Map.copyOf(elementOfField));
    }

    private NewReferral referral(ServiceRequest request) {
        String at = paths.get(request);
        if (request.getStatus() != ServiceRequest.ServiceRequestStatus.ACTIVE) {
            issues.add(new Issue(at + ".status", "must be active: a referral is sent when it is live"));
        }
        if (request.getIntent() != ServiceRequest.ServiceRequestIntent.ORDER) {
            issues.add(new Issue(at + ".intent", "must be order: a referral asks this service to act"));
        }
        List<NewReferral.Parent> parents = parents(request, at);
        NewReferral.Baby baby = baby(request, at);
        List<Concern> concerns = concerns(request, at);
        String details = request.getNote().stream()
                .map(Annotation::getText)
                .filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n"));
        elementOfField.put("details", at + ".note");
        Requester requester = requester(request, at);
        NewReferral.Consent consent = consent();
        LocalDate receivedOn = null;
        elementOfField.put("receivedOn", at + ".authoredOn");
        if (staff && request.hasAuthoredOn()) {
            receivedOn = date(request.getAuthoredOnElement(), at + ".authoredOn");
        }
        elementOfField.put("sourceType", at + ".requester");
        return new NewReferral(
                requester.referrer,
                parents,
                baby,
                concerns,
                details.isEmpty() ? null : details,
                consent,
                null,
                staff ? requester.source : null,
                receivedOn);
    }

    /** Parent 1 is the ServiceRequest's subject; another Patient that is not the baby is parent 2. */
    private List<NewReferral.Parent> parents(ServiceRequest request, String at) {
        elementOfField.put("parents", at + ".subject");
        Optional<Resource> subject = resolve(request.getSubject());
        if (subject.isEmpty() || !(subject.get() instanceof Patient)) {
            issues.add(new Issue(at + ".subject", "must reference the parent's Patient in this Bundle"));
            return List.of();
        }
        List<Patient> parents = new ArrayList<>();
        parents.add((Patient) subject.get());
        Set<Resource> babies = request.getSupportingInfo().stream()
                .map(this::resolve)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Patient p && !parents.contains(p) && !babies.contains(p)) {
                parents.add(p);
            }
        }
        if (parents.size() > 2) {
            issues.add(new Issue(
                    paths.get(parents.get(2)),
                    "is a third parent: a referral names one or two (the baby is referenced from supportingInfo)"));
        }
        List<NewReferral.Parent> read = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            read.add(parent(parents.get(i), "parents[" + i + "]"));
        }
        return read;
    }

    private NewReferral.Parent parent(Patient patient, String field) {
        String at = paths.get(patient);
        elementOfField.put(field, at);
        HumanName name = patient.getNameFirstRep();
        elementOfField.put(field + ".givenName", at + ".name[0].given");
        elementOfField.put(field + ".familyName", at + ".name[0].family");
        String given = name.getGiven().stream()
                .map(StringType::getValue)
                .filter(g -> g != null && !g.isBlank())
                .collect(Collectors.joining(" "));
        elementOfField.put(field + ".dateOfBirth", at + ".birthDate");
        LocalDate born = patient.hasBirthDate() ? date(patient.getBirthDateElement(), at + ".birthDate") : null;
        String nhsNumber = null;
        elementOfField.put(field + ".nhsNumber", at + ".identifier");
        for (int k = 0; k < patient.getIdentifier().size(); k++) {
            Identifier id = patient.getIdentifier().get(k);
            if (FhirCodes.NHS_NUMBER.equals(id.getSystem())) {
                nhsNumber = id.getValue();
                elementOfField.put(field + ".nhsNumber", at + ".identifier[" + k + "].value");
            }
        }
        elementOfField.put(field + ".postcode", at + ".address[0].postalCode");
        String postcode = patient.getAddressFirstRep().getPostalCode();
        elementOfField.put(field + ".phone", at + ".telecom");
        elementOfField.put(field + ".email", at + ".telecom");
        return new NewReferral.Parent(
                given.isEmpty() ? null : given,
                name.getFamily(),
                born,
                nhsNumber,
                postcode,
                telecom(patient.getTelecom(), ContactPoint.ContactPointSystem.PHONE),
                telecom(patient.getTelecom(), ContactPoint.ContactPointSystem.EMAIL));
    }

    /** The baby: a Patient (born) or an Observation of the estimated delivery date, in supportingInfo. */
    private NewReferral.Baby baby(ServiceRequest request, String at) {
        elementOfField.put("baby", at + ".supportingInfo");
        LocalDate born = null;
        LocalDate due = null;
        for (int i = 0; i < request.getSupportingInfo().size(); i++) {
            Optional<Resource> info = resolve(request.getSupportingInfo().get(i));
            if (info.isEmpty()) {
                issues.add(new Issue(at + ".supportingInfo[" + i + "]", "must reference a resource in this Bundle"));
            } else if (info.get() instanceof Patient baby) {
                String path = paths.get(baby);
                elementOfField.put("baby.dateOfBirth", path + ".birthDate");
                born = baby.hasBirthDate() ? date(baby.getBirthDateElement(), path + ".birthDate") : null;
            } else if (info.get() instanceof Observation observation && isDueDate(observation)) {
                String path = paths.get(observation);
                elementOfField.put("baby.dueDate", path + ".valueDateTime");
                if (observation.getValue() instanceof BaseDateTimeType value) {
                    due = date(value, path + ".valueDateTime");
                } else {
                    issues.add(new Issue(path + ".value", "must be the due date (valueDateTime)"));
                }
            } else {
                issues.add(new Issue(
                        at + ".supportingInfo[" + i + "]",
                        "must be the baby's Patient or an Observation of the estimated delivery date (LOINC "
                                + FhirCodes.ESTIMATED_DELIVERY_DATE + ")"));
            }
        }
        return new NewReferral.Baby(born, due);
    }

    private static boolean isDueDate(Observation observation) {
        return observation.getCode().getCoding().stream()
                .anyMatch(c ->
                        FhirCodes.LOINC.equals(c.getSystem()) && FhirCodes.ESTIMATED_DELIVERY_DATE.equals(c.getCode()));
    }

    private List<Concern> concerns(ServiceRequest request, String at) {
        elementOfField.put("concerns", at + ".reasonCode");
        List<Concern> concerns = new ArrayList<>();
        for (int i = 0; i < request.getReasonCode().size(); i++) {
            CodeableConcept reason = request.getReasonCode().get(i);
            Optional<Concern> concern = FhirCodes.concern(reason);
            if (concern.isPresent()) {
                concerns.add(concern.get());
            } else {
                issues.add(new Issue(
                        at + ".reasonCode[" + i + "]",
                        "is not a concern this service knows: use a code of " + FhirCodes.CONCERN_SYSTEM
                                + " or a SNOMED CT code from docs/fhir.md"));
            }
        }
        return concerns;
    }

    private record Requester(NewReferral.Referrer referrer, SourceType source) {}

    /**
     * The referrer: a PractitionerRole (its code is the role, its practitioner's name and organization's
     * name are the referrer's). Staff entering a self-referral reference the parent's Patient instead.
     */
    private Requester requester(ServiceRequest request, String at) {
        elementOfField.put("referrer", at + ".requester");
        Optional<Resource> found = resolve(request.getRequester());
        if (staff
                && found.isPresent()
                && found.get() == resolve(request.getSubject()).orElse(null)) {
            return new Requester(null, SourceType.SELF);
        }
        if (found.isEmpty() || !(found.get() instanceof PractitionerRole role)) {
            issues.add(new Issue(at + ".requester", "must reference the referrer's PractitionerRole in this Bundle"));
            return new Requester(null, null);
        }
        String rolePath = paths.get(role);
        elementOfField.put("referrer.role", rolePath + ".code");
        Optional<SourceType> source = FhirCodes.sourceType(role.getCode());
        if (source.isEmpty()) {
            issues.add(new Issue(
                    rolePath + ".code",
                    "must name the referrer's role with a code of " + FhirCodes.SOURCE_TYPE_SYSTEM
                            + " (or its SNOMED CT equivalent in docs/fhir.md)"));
        }
        String name = null;
        elementOfField.put("referrer.name", rolePath + ".practitioner");
        Optional<Resource> practitioner = role.hasPractitioner() ? resolve(role.getPractitioner()) : Optional.empty();
        if (practitioner.isPresent() && practitioner.get() instanceof Practitioner p) {
            elementOfField.put("referrer.name", paths.get(p) + ".name[0]");
            HumanName n = p.getNameFirstRep();
            name = n.hasText() ? n.getText() : n.getNameAsSingleString();
        } else if (role.hasPractitioner()) {
            issues.add(new Issue(rolePath + ".practitioner", "must reference a Practitioner in this Bundle"));
        }
        String organisation = null;
        elementOfField.put("referrer.organisation", rolePath + ".organization");
        Optional<Resource> org = role.hasOrganization() ? resolve(role.getOrganization()) : Optional.empty();
        if (org.isPresent() && org.get() instanceof Organization o) {
            elementOfField.put("referrer.organisation", paths.get(o) + ".name");
            organisation = o.getName();
        } else if (role.hasOrganization()) {
            issues.add(new Issue(rolePath + ".organization", "must reference an Organization in this Bundle"));
        }
        elementOfField.put("referrer.phone", rolePath + ".telecom");
        elementOfField.put("referrer.email", rolePath + ".telecom");
        NewReferral.Referrer referrer = new NewReferral.Referrer(
                name == null || name.isBlank() ? null : name,
                source.orElse(null),
                organisation,
                telecom(role.getTelecom(), ContactPoint.ContactPointSystem.EMAIL),
                telecom(role.getTelecom(), ContactPoint.ContactPointSystem.PHONE));
        return new Requester(referrer, source.orElse(null));
    }

    /** The parent's consent: granted when active (and not a denial), dated by its dateTime. */
    private NewReferral.Consent consent() {
        elementOfField.put("consent", "Bundle.entry.resource.ofType(Consent)");
        List<Consent> consents = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Consent.class::isInstance)
                .map(Consent.class::cast)
                .toList();
        if (consents.isEmpty()) {
            issues.add(new Issue(
                    "Bundle.entry.resource.ofType(Consent)", "must hold the parent's Consent to the referral"));
            return null;
        }
        if (consents.size() > 1) {
            issues.add(new Issue("Bundle.entry.resource.ofType(Consent)", "must hold one Consent, not several"));
        }
        Consent consent = consents.get(0);
        String at = paths.get(consent);
        elementOfField.put("consent.given", at + ".status");
        elementOfField.put("consent.date", at + ".dateTime");
        boolean granted = consent.getStatus() == Consent.ConsentState.ACTIVE
                && consent.getProvision().getType() != Consent.ConsentProvisionType.DENY;
        LocalDate date = consent.hasDateTime() ? date(consent.getDateTimeElement(), at + ".dateTime") : null;
        return new NewReferral.Consent(granted, date);
    }

    /** A partner names only its own agency; staff name none (a referral's agency is its sender's). */
    private void checkAgency(Organization organization, String path) {
        for (int k = 0; k < organization.getIdentifier().size(); k++) {
            Identifier id = organization.getIdentifier().get(k);
            if (FhirCodes.AGENCY_SYSTEM.equals(id.getSystem())
                    && (agencyId == null || !agencyId.equals(id.getValue()))) {
                issues.add(new Issue(
                        path + ".identifier[" + k + "]",
                        staff
                                ? "names a partner agency: staff enter referrals that belong to no agency"
                                : "names another agency than the caller's: a referral belongs to the agency that"
                                        + " sends it"));
            }
        }
    }

    private LocalDate date(BaseDateTimeType value, String path) {
        String text = value.getValueAsString();
        if (text == null || text.length() < 10) {
            issues.add(new Issue(path, "must be a full date (year, month and day)"));
            return null;
        }
        return LocalDate.parse(text.substring(0, 10));
    }

    private static String telecom(List<ContactPoint> points, ContactPoint.ContactPointSystem system) {
        return points.stream()
                .filter(p -> p.getSystem() == system && p.hasValue())
                .map(ContactPoint::getValue)
                .findFirst()
                .orElse(null);
    }

    /** A reference to an entry by its fullUrl, or by type and id; empty when it names nothing in the Bundle. */
    private Optional<Resource> resolve(Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        String target = reference.getReference();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            if (target.equals(entry.getFullUrl())
                    || (resource.hasIdElement()
                            && target.equals(resource.fhirType() + "/"
                                    + resource.getIdElement().getIdPart()))) {
                return Optional.of(resource);
            }
        }
        return Optional.empty();
    }
}
