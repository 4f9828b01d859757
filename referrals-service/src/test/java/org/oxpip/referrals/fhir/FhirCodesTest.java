package org.oxpip.referrals.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.oxpip.referrals.referral.Concern;
import org.oxpip.referrals.referral.SourceType;

/** The mapping table of docs/fhir.md, both ways. SNOMED CT codes: SNOMED International's browser. */
class FhirCodesTest {

    @ParameterizedTest
    @CsvSource({
        "LOW_MOOD, 366979004", // Depressed mood (finding)
        "ANXIETY, 48694002", // Anxiety (finding)
        "TRAUMA, ",
        "BONDING_DIFFICULTY, ",
        "BIRTH_TRAUMA, ",
        "RELATIONSHIP_DIFFICULTY, ",
        "OTHER, "
    })
    void everyConcernShouldHaveItsLocalCodeAndSnomedOnlyWhereExact(Concern concern, String snomed) {
        CodeableConcept concept = FhirCodes.concept(concern);
        assertEquals(
                Optional.ofNullable(snomed),
                concept.getCoding().stream()
                        .filter(c -> FhirCodes.SNOMED.equals(c.getSystem()))
                        .map(Coding::getCode)
                        .findFirst());
        assertEquals(
                concern.name(),
                concept.getCoding().get(concept.getCoding().size() - 1).getCode());
        if (snomed != null) {
            assertEquals(
                    Optional.of(concern),
                    FhirCodes.concern(new CodeableConcept(new Coding(FhirCodes.SNOMED, snomed, null))));
        }
    }

    @ParameterizedTest
    @EnumSource(Concern.class)
    void everyConcernShouldReadBackFromItsLocalCode(Concern concern) {
        assertEquals(Optional.of(concern), FhirCodes.concern(FhirCodes.concept(concern)));
    }

    @ParameterizedTest
    @EnumSource(SourceType.class)
    void everySourceTypeShouldReadBackFromItsOwnConcept(SourceType source) {
        assertEquals(Optional.of(source), FhirCodes.sourceType(FhirCodes.concept(source)));
    }

    @ParameterizedTest
    @CsvSource({"62247001, GP"}) // General practitioner (occupation)
    void aSnomedRoleShouldReadAsItsSourceType(String code, SourceType source) {
        assertEquals(
                Optional.of(source),
                FhirCodes.sourceType(new CodeableConcept(new Coding(FhirCodes.SNOMED, code, null))));
    }

    @ParameterizedTest
    @CsvSource({"http://snomed.info/sct, 123", "https://oxpip.org/fhir/CodeSystem/concern, low_mood", "urn:x, LOW_MOOD"
    })
    void anUnknownCodeShouldReadAsNothing(String system, String code) {
        assertEquals(Optional.empty(), FhirCodes.concern(new CodeableConcept(new Coding(system, code, null))));
    }
}
