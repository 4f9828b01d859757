package org.oxpip.referrals.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.oxpip.platform.security.Caller;
import org.oxpip.referrals.referral.Concern;
import org.oxpip.referrals.referral.Referral;
import org.oxpip.referrals.referral.ReferralParent;
import org.oxpip.referrals.referral.ReferralStatus;

/**
 * A referral as a FHIR R4 ServiceRequest (docs/fhir.md, "What comes back"). A partner gets back what it
 * sent plus the status, its date and the eligibility, exactly as the JSON API's PartnerReferral: never staff
 * notes, the therapist or the duplicate flag, which only staff see (as a tag).
 */
public final class ServiceRequestWriter {

    /** UK Core's extension for how far an NHS number was checked; its code system is England's. */
    static final String NHS_VERIFICATION_EXTENSION =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";

    static final String NHS_VERIFICATION_SYSTEM =
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";

    private ServiceRequestWriter() {}

    /** The workflow's status as FHIR's: open until closed; declined or redirected ones are revoked. */
    public static ServiceRequestStatus status(ReferralStatus status) {
        return switch (status) {
            case RECEIVED, ACCEPTED, WAITING, IN_THERAPY -> ServiceRequestStatus.ACTIVE;
            case DECLINED, REDIRECTED -> ServiceRequestStatus.REVOKED;
            case CLOSED -> ServiceRequestStatus.COMPLETED;
        };
    }

    public static ServiceRequest write(Referral r, Caller caller) {
        ServiceRequest request = new ServiceRequest();
        request.setId(r.id.toString());
        request.getMeta().setVersionId(Integer.toString(r.version));
        request.getMeta().setLastUpdated(java.util.Date.from(r.updatedAt));
        request.getMeta().addTag(FhirCodes.STATUS_SYSTEM, r.status.name(), FhirCodes.label(r.status.name()));
        if (r.eligibilityReasons != null) {
            for (String reason : r.eligibilityReasons) {
                request.getMeta().addTag(FhirCodes.ELIGIBILITY_SYSTEM, reason, FhirCodes.label(reason));
            }
        }
        if (caller.isStaff() && r.possibleDuplicate) {
            request.getMeta().addTag(FhirCodes.FLAG_SYSTEM, "POSSIBLE_DUPLICATE", "Possible duplicate");
        }
        request.addIdentifier().setSystem(FhirCodes.REFERENCE_SYSTEM).setValue(r.reference);
        request.setStatus(status(r.status));
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.addCategory(
                new CodeableConcept(new Coding(FhirCodes.SNOMED, FhirCodes.PATIENT_REFERRAL, "Patient referral")));
        request.setCode(new CodeableConcept().setText("Parent-infant psychotherapy"));
        if (r.concerns != null) {
            for (String concern : r.concerns) {
                request.addReasonCode(FhirCodes.concept(Concern.valueOf(concern)));
            }
        }
        request.setAuthoredOnElement(new DateTimeType(r.receivedOn.toString()));
        if (r.parents.isEmpty()) {
            request.setSubject(new Reference().setDisplay(r.erasedAt != null ? "Erased" : "Parent"));
        } else {
            for (ReferralParent parent : r.parents) {
                Patient patient = patient(parent);
                request.addContained(patient);
                if (parent.position == 1) {
                    request.setSubject(
                            new Reference("#" + patient.getIdElement().getIdPart()));
                } else {
                    request.addSupportingInfo(
                            new Reference("#" + patient.getIdElement().getIdPart()));
                }
            }
        }
        if (r.referrerOrganisation != null || r.referrerName != null) {
            request.setRequester(new Reference()
                    .setDisplay(r.referrerOrganisation != null ? r.referrerOrganisation : r.referrerName));
        }
        return request;
    }

    private static Patient patient(ReferralParent parent) {
        Patient patient = new Patient();
        patient.setId("parent-" + parent.position);
        if (parent.familyName != null || parent.givenName != null) {
            patient.addName().setFamily(parent.familyName).addGiven(parent.givenName);
        }
        if (parent.dateOfBirth != null) {
            patient.setBirthDateElement(new DateType(parent.dateOfBirth.toString()));
        }
        if (parent.nhsNumber != null) {
            // UK Core: the NHS number's system, and how far it was checked. Here only its check digit was:
            // it was not traced on the NHS Spine ("02": present but not traced).
            patient.addIdentifier()
                    .setSystem(FhirCodes.NHS_NUMBER)
                    .setValue(parent.nhsNumber)
                    .addExtension(new Extension(
                            NHS_VERIFICATION_EXTENSION,
                            new CodeableConcept(
                                    new Coding(NHS_VERIFICATION_SYSTEM, "02", "Number present but not traced"))));
        }
        if (parent.postcode != null) {
            patient.addAddress().setPostalCode(parent.postcode);
        }
        return patient;
    }
}
