package org.oxpip.reporting.impact;

import java.util.List;

/**
 * How each measure is described to a funder: its name, what it measures, who completes it and the
 * published source. outcomes-service's instrument catalogue is the one definition of these
 * (outcomes-service/src/main/resources/instruments/catalogue.json); reporting-service does not call it
 * to write a report (reports answer while it is down), so this is its copy, and MeasureNotesTest
 * fails the build when the two disagree.
 */
record MeasureNotes(String code, String name, String measures, String completedBy, String citation) {

    static final String CLINICIAN = "the family's clinician, for each parent with the baby";
    static final String PARENT = "each parent";

    static final List<MeasureNotes> ALL = List.of(
            new MeasureNotes(
                    "PHQ9",
                    "Patient Health Questionnaire (PHQ-9)",
                    "Depression severity over the last two weeks",
                    PARENT,
                    "Kroenke K, Spitzer RL, Williams JB. The PHQ-9. J Gen Intern Med 2001;16:606-13. Caseness and"
                            + " reliable change: NHS Talking Therapies (IAPT) Manual."),
            new MeasureNotes(
                    "GAD7",
                    "Generalised Anxiety Disorder scale (GAD-7)",
                    "Anxiety severity over the last two weeks",
                    PARENT,
                    "Spitzer RL, Kroenke K, Williams JB, Lowe B. A brief measure for assessing generalized anxiety"
                            + " disorder: the GAD-7. Arch Intern Med 2006;166:1092-7. Caseness and reliable change: NHS"
                            + " Talking Therapies (IAPT) Manual."),
            new MeasureNotes(
                    "EPDS",
                    "Edinburgh Postnatal Depression Scale (EPDS)",
                    "Perinatal depression over the last seven days",
                    PARENT,
                    "Cox JL, Holden JM, Sagovsky R. Detection of postnatal depression: development of the 10-item"
                            + " Edinburgh Postnatal Depression Scale. Br J Psychiatry 1987;150:782-6."),
            new MeasureNotes(
                    "PIRGAS",
                    "Parent-Infant Relationship Global Assessment Scale (PIRGAS)",
                    "The quality of the parent-infant relationship, rated by the clinician for one parent's dyad",
                    CLINICIAN,
                    "ZERO TO THREE. Diagnostic Classification of Mental Health and Developmental Disorders of Infancy"
                            + " and Early Childhood, Revised (DC:0-3R), 2005."),
            new MeasureNotes(
                    "SATISFACTION",
                    "Parent satisfaction (NHS Friends and Family Test and service questions)",
                    "How parents rate the service at the end of their episode",
                    PARENT,
                    "NHS England, Friends and Family Test guidance (2020): % positive = very good + good."));

    static MeasureNotes of(String code) {
        return ALL.stream()
                .filter(notes -> notes.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No notes for measure " + code));
    }
}
