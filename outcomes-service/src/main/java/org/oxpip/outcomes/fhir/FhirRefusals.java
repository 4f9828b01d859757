package org.oxpip.outcomes.fhir;

import jakarta.ws.rs.ext.Provider;
import org.oxpip.platform.fhir.FhirErrors;

/** Refusals on /fhir/ as OperationOutcome (the platform's filter, registered in this service). */
@Provider
public class FhirRefusals extends FhirErrors {}
