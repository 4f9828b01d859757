package org.oxpip.outcomes.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.oxpip.outcomes.assessment.Assessment;
import org.oxpip.outcomes.instrument.Instrument;

/**
 * One recorded measure as FHIR: its QuestionnaireResponse (the item answers, the total) and, for an instrument with
 * a total, its Observation (the total, coded per {@link MeasureCodes}, the band as the interpretation). Both are based
 * on the referral (ServiceRequest/{referral id}); the subject is the parent who answered (for PIRGAS, whose dyad the
 * clinician rated), named by a logical identifier without personal data, since this service holds no Patient.
 */
final class MeasureResources {

    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private MeasureResources() {}

    static QuestionnaireResponse response(Assessment a, Instrument instrument) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setId(a.id.toString());
        qr.setQuestionnaire(MeasureCodes.QUESTIONNAIRE + instrument.code());
        qr.setStatus(QuestionnaireResponseStatus.COMPLETED);
        qr.addBasedOn(serviceRequest(a));
        qr.setSubject(parent(a));
        qr.setAuthoredElement(day(a));
        if (a.answers == null) {
            // Imported with its total only: the answers were never kept, so no item is answered; the tag says why.
            qr.getMeta().addTag(MeasureCodes.TAGS, MeasureCodes.TOTAL_ONLY, "Imported with its total only");
        } else {
            for (int i = 0; i < a.answers.length && i < instrument.items().size(); i++) {
                Instrument.Item item = instrument.items().get(i);
                QuestionnaireResponseItemComponent answered =
                        qr.addItem().setLinkId(Integer.toString(item.number())).setText(item.text());
                answered.addAnswer().setValue(new IntegerType(a.answers[i]));
            }
        }
        if (a.comments != null && !a.comments.isBlank()) {
            qr.addItem()
                    .setLinkId(Questionnaires.COMMENTS)
                    .setText("Comments")
                    .addAnswer()
                    .setValue(new StringType(a.comments));
        }
        if (a.total != null && instrument.totalMax() != null) {
            qr.addItem()
                    .setLinkId(Questionnaires.TOTAL)
                    .setText("Total score, computed by the service")
                    .addAnswer()
                    .setValue(new IntegerType(a.total));
        }
        return qr;
    }

    /** The total as an Observation; empty for an instrument without a total (satisfaction). */
    static Optional<Observation> total(Assessment a, Instrument instrument) {
        if (a.total == null || instrument.totalMax() == null) {
            return Optional.empty();
        }
        Observation o = new Observation();
        o.setId(a.id.toString());
        o.setStatus(ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(CATEGORY, "survey", "Survey")));
        CodeableConcept code = new CodeableConcept();
        MeasureCodes.totalLoinc(instrument.code())
                .ifPresent(loinc -> code.addCoding(new Coding(MeasureCodes.LOINC, loinc, null)));
        code.addCoding(new Coding(MeasureCodes.MEASURE, instrument.code(), instrument.name() + " total"));
        code.setText(instrument.name() + " total");
        o.setCode(code);
        o.addBasedOn(serviceRequest(a));
        o.setSubject(parent(a));
        o.setEffective(day(a));
        o.setValue(new IntegerType(a.total));
        if (a.band != null) {
            o.addInterpretation(new CodeableConcept(
                            new Coding(MeasureCodes.BAND, MeasureCodes.bandCode(instrument.code(), a.band), a.band))
                    .setText(a.band));
        }
        if (a.answers != null) {
            o.addDerivedFrom(new Reference("QuestionnaireResponse/" + a.id));
        }
        return Optional.of(o);
    }

    private static Reference serviceRequest(Assessment a) {
        return new Reference("ServiceRequest/" + a.referralId);
    }

    private static Reference parent(Assessment a) {
        Reference parent = new Reference();
        parent.setType("Patient");
        parent.setIdentifier(
                new Identifier().setSystem(MeasureCodes.REFERRAL_PARENT).setValue(a.referralId + "/" + a.respondent));
        parent.setDisplay(a.respondent == null ? "Parent" : a.respondent.name());
        return parent;
    }

    private static DateTimeType day(Assessment a) {
        return new DateTimeType(a.completedOn.toString()); // a day: the form records no time
    }
}
