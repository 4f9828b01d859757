package org.oxpip.outcomes.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/** What this service's FHIR API does, exactly: the searches and reads of {@link FhirResource}, JSON only. */
final class Capability {

    private Capability() {}

    static CapabilityStatement statement(Date built) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setId("outcomes-service");
        cs.setUrl("https://oxpip.org/fhir/CapabilityStatement/outcomes-service");
        cs.setName("OxPIPOutcomesService");
        cs.setTitle("OxPIP outcomes-service FHIR R4 API");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(built);
        cs.setPublisher("OxPIP");
        cs.setKind(CapabilityStatementKind.INSTANCE);
        cs.getImplementation()
                .setDescription("outcomes-service: families' measures as QuestionnaireResponse and"
                        + " Observation, the instrument catalogue as Questionnaire (read-only)");
        cs.setFhirVersion(FHIRVersion._4_0_1);
        cs.addFormat("application/fhir+json");
        CapabilityStatementRestComponent rest = cs.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Bearer token from the realm oxpip. Measures: roles clinician, manager, admin, one"
                + " referral at a time (based-on required). Questionnaires: clinician, manager, admin.");
        basedOnSearch(rest.addResource().setType("QuestionnaireResponse"));
        basedOnSearch(rest.addResource().setType("Observation"));
        CapabilityStatementRestResourceComponent questionnaire =
                rest.addResource().setType("Questionnaire");
        questionnaire.addInteraction().setCode(TypeRestfulInteraction.READ);
        questionnaire.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        return cs;
    }

    private static void basedOnSearch(CapabilityStatementRestResourceComponent resource) {
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        resource.addSearchParam()
                .setName(BasedOn.PARAMETER)
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Required: ServiceRequest/{referral id}");
    }
}
