package org.oxpip.outcomes.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.oxpip.outcomes.instrument.Instrument;

/**
 * An instrument of the catalogue as a FHIR Questionnaire: one integer item per catalogue item (linkId its number,
 * answers the item scores, bounded with the core minValue/maxValue extensions), then, for an instrument with a total,
 * a read-only item "total". A QuestionnaireResponse answers these items.
 */
final class Questionnaires {

    static final String TOTAL = "total";
    static final String COMMENTS = "comments";
    private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    private Questionnaires() {}

    static Questionnaire of(Instrument instrument) {
        Questionnaire q = new Questionnaire();
        q.setId(instrument.code());
        q.setUrl(MeasureCodes.QUESTIONNAIRE + instrument.code());
        q.setName(instrument.code());
        q.setTitle(instrument.name());
        q.setStatus(PublicationStatus.ACTIVE);
        q.setDescription(description(instrument));
        q.setPurpose(instrument.measures());
        q.setCopyright(instrument.source());
        q.addSubjectType("Patient");
        for (Instrument.Item item : instrument.items()) {
            QuestionnaireItemComponent question = q.addItem()
                    .setLinkId(Integer.toString(item.number()))
                    .setText(item.text())
                    .setType(QuestionnaireItemType.INTEGER)
                    .setRequired(true);
            question.addExtension(new Extension(MIN_VALUE, new IntegerType(item.min())));
            question.addExtension(new Extension(MAX_VALUE, new IntegerType(item.max())));
        }
        if (instrument.commentsAllowed()) {
            q.addItem()
                    .setLinkId(COMMENTS)
                    .setText("Comments")
                    .setType(QuestionnaireItemType.TEXT)
                    .setRequired(false);
        }
        if (instrument.totalMax() != null) {
            QuestionnaireItemComponent total = q.addItem()
                    .setLinkId(TOTAL)
                    .setText("Total score, computed by the service")
                    .setType(QuestionnaireItemType.INTEGER)
                    .setReadOnly(true)
                    .setRequired(false);
            total.addExtension(new Extension(MIN_VALUE, new IntegerType(instrument.totalMin())));
            total.addExtension(new Extension(MAX_VALUE, new IntegerType(instrument.totalMax())));
        }
        return q;
    }

    private static String description(Instrument instrument) {
        List<String> labels = instrument.answerLabels() == null ? List.of() : instrument.answerLabels();
        String answers = labels.isEmpty()
                ? ""
                : " Answers score 0-" + (labels.size() - 1) + ": " + String.join(", ", labels) + ".";
        String bands = instrument.bands() == null || instrument.bands().isEmpty()
                ? ""
                : " Bands: "
                        + String.join(
                                "; ",
                                instrument.bands().stream()
                                        .map(b -> b.min() + "-" + b.max() + " " + b.label())
                                        .toList())
                        + ".";
        return instrument.name() + "." + answers + bands + " Respondent: " + instrument.respondent() + ".";
    }
}
