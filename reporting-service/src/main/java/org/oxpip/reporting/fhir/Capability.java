package org.oxpip.reporting.fhir;

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

/** What this service's FHIR API does, exactly: the reads and searches of {@link FhirResource}, JSON only. */
final class Capability {

    private Capability() {}

    static CapabilityStatement statement(Date built) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setId("reporting-service");
        cs.setUrl("https://oxpip.org/fhir/CapabilityStatement/reporting-service");
        cs.setName("OxPIPReportingService");
        cs.setTitle("OxPIP reporting-service FHIR R4 API");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(built);
        cs.setPublisher("OxPIP");
        cs.setKind(CapabilityStatementKind.INSTANCE);
        cs.getImplementation()
                .setDescription("reporting-service: the summary report's rates as a MeasureReport"
                        + " (type summary) of the Measure that defines them (read-only)");
        cs.setFhirVersion(FHIRVersion._4_0_1);
        cs.addFormat("application/fhir+json");
        CapabilityStatementRestComponent rest = cs.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation(
                "Bearer token from the realm oxpip; roles manager and funder, with the rules of GET"
                        + " /api/v1/reports/summary (a funder: its own funding streams only, whole months, disclosure control).");
        CapabilityStatementRestResourceComponent report = rest.addResource().setType("MeasureReport");
        report.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        report.addSearchParam()
                .setName(MeasureReportSearch.PERIOD)
                .setType(SearchParamType.STRING)
                .setDocumentation("Required: first and last day, both included, as YYYY-MM-DD/YYYY-MM-DD");
        report.addSearchParam()
                .setName(MeasureReportSearch.FUNDING_STREAM)
                .setType(SearchParamType.TOKEN)
                .setDocumentation("Optional: one funding stream (a funder: one of its own)");
        CapabilityStatementRestResourceComponent measure = rest.addResource().setType("Measure");
        measure.addInteraction().setCode(TypeRestfulInteraction.READ);
        measure.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        return cs;
    }
}
