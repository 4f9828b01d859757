package org.oxpip.referrals.fhir;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.oxpip.referrals.referral.Concern;
import org.oxpip.referrals.referral.SourceType;

/**
 * The codes a FHIR referral carries, both ways (docs/fhir.md has the table). SNOMED CT only where a
 * well-known concept means exactly the same thing; every code also has its project-local coding, so a
 * partner that does not use SNOMED CT can still send one. Pure: no state, tested table by table.
 */
public final class FhirCodes {

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    /** The project's own namespace: its code systems and identifier systems live under it. */
    public static final String BASE = "https://oxpip.org/fhir/";

    public static final String CONCERN_SYSTEM = BASE + "CodeSystem/concern";
    public static final String SOURCE_TYPE_SYSTEM = BASE + "CodeSystem/source-type";
    public static final String STATUS_SYSTEM = BASE + "CodeSystem/referral-status";
    public static final String ELIGIBILITY_SYSTEM = BASE + "CodeSystem/eligibility-reason";
    public static final String FLAG_SYSTEM = BASE + "CodeSystem/referral-flag";
    public static final String AGENCY_SYSTEM = BASE + "Id/agency";
    public static final String REFERENCE_SYSTEM = BASE + "Id/referral-reference";

    /** SNOMED CT "Patient referral (procedure)": the category of every ServiceRequest here. */
    public static final String PATIENT_REFERRAL = "3457005";
    /** LOINC "Delivery date Estimated": a due date sent as an Observation in supportingInfo. */
    public static final String ESTIMATED_DELIVERY_DATE = "11778-8";

    /** SNOMED CT concepts: only exact matches (see docs/fhir.md); the rest are local codes only. */
    static final Map<Concern, Coding> CONCERN_SNOMED = Map.of(
            Concern.LOW_MOOD, new Coding(SNOMED, "366979004", "Depressed mood"),
            Concern.ANXIETY, new Coding(SNOMED, "48694002", "Anxiety"));

    static final Map<SourceType, Coding> SOURCE_SNOMED =
            Map.of(SourceType.GP, new Coding(SNOMED, "62247001", "General practitioner"));

    private FhirCodes() {}

    public static CodeableConcept concept(Concern concern) {
        CodeableConcept concept = new CodeableConcept();
        Optional.ofNullable(CONCERN_SNOMED.get(concern)).ifPresent(c -> concept.addCoding(c.copy()));
        concept.addCoding(new Coding(CONCERN_SYSTEM, concern.name(), label(concern.name())));
        return concept;
    }

    public static CodeableConcept concept(SourceType source) {
        CodeableConcept concept = new CodeableConcept();
        Optional.ofNullable(SOURCE_SNOMED.get(source)).ifPresent(c -> concept.addCoding(c.copy()));
        concept.addCoding(new Coding(SOURCE_TYPE_SYSTEM, source.name(), label(source.name())));
        return concept;
    }

    /** The concern a concept names, by its local or its SNOMED CT coding; empty when none is known. */
    public static Optional<Concern> concern(CodeableConcept concept) {
        return find(concept, Concern.class, CONCERN_SYSTEM, CONCERN_SNOMED);
    }

    public static Optional<SourceType> sourceType(CodeableConcept concept) {
        return find(concept, SourceType.class, SOURCE_TYPE_SYSTEM, SOURCE_SNOMED);
    }

    /** The first code of any of the concepts that names a source type (a PractitionerRole has a list). */
    public static Optional<SourceType> sourceType(List<CodeableConcept> concepts) {
        return concepts.stream()
                .map(FhirCodes::sourceType)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static <E extends Enum<E>> Optional<E> find(
            CodeableConcept concept, Class<E> type, String localSystem, Map<E, Coding> snomed) {
        if (concept == null) {
            return Optional.empty();
        }
        for (Coding coding : concept.getCoding()) {
            if (localSystem.equals(coding.getSystem())) {
                for (E value : type.getEnumConstants()) {
                    if (value.name().equals(coding.getCode())) {
                        return Optional.of(value);
                    }
                }
            }
            for (Map.Entry<E, Coding> known : snomed.entrySet()) {
                if (SNOMED.equals(coding.getSystem())
                        && known.getValue().getCode().equals(coding.getCode())) {
                    return Optional.of(known.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** "BONDING_DIFFICULTY" reads "Bonding difficulty". */
    static String label(String code) {
        String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
