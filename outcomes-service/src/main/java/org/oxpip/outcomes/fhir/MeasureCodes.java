package org.oxpip.outcomes.fhir;

import java.util.Map;
import java.util.Optional;

/**
 * The codes this service writes its measures with (docs/fhir.md has the table). LOINC for a measure's total where
 * LOINC has a code for exactly that total, checked against published sources: PHQ-9 total 44261-6, GAD-7 total
 * 70274-6 (both as in HL7's scored-assessment value sets). EPDS is written with the local code only: the catalogue's
 * 71354-5 is LOINC's EPDS panel, not its total, and the total code seen in some systems could not be checked against
 * LOINC itself here. PIRGAS and the satisfaction questionnaire have no LOINC code.
 */
final class MeasureCodes {

    static final String LOINC = "http://loinc.org";
    /** Our own code system for each instrument's total (and rating): the catalogue's instrument codes. */
    static final String MEASURE = "https://oxpip.org/fhir/CodeSystem/measure";
    /** Our own code system for the catalogue's bands, coded INSTRUMENT.band-label (e.g. PHQ9.moderately-severe). */
    static final String BAND = "https://oxpip.org/fhir/CodeSystem/band";
    /** The canonical URL of each instrument's Questionnaire: this base plus the instrument code. */
    static final String QUESTIONNAIRE = "https://oxpip.org/fhir/Questionnaire/";
    /** Identifies a parent of a referral without any personal data: referral id / PARENT_1 or PARENT_2. */
    static final String REFERRAL_PARENT = "https://oxpip.org/fhir/NamingSystem/referral-parent";
    /** meta.tag of a measure imported with its total only (no item answers were kept). */
    static final String TAGS = "https://oxpip.org/fhir/CodeSystem/measure-tag";

    static final String TOTAL_ONLY = "total-only";

    private static final Map<String, String> TOTAL_LOINC = Map.of("PHQ9", "44261-6", "GAD7", "70274-6");

    private MeasureCodes() {}

    static Optional<String> totalLoinc(String instrument) {
        return Optional.ofNullable(TOTAL_LOINC.get(instrument));
    }

    /** A band label as a code: lower case, spaces as hyphens ("moderately severe" → PHQ9.moderately-severe). */
    static String bandCode(String instrument, String label) {
        return instrument + "."
                + label.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
