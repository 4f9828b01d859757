package org.oxpip.referrals.fhir;

import jakarta.ws.rs.ext.Provider;
import org.oxpip.platform.fhir.FhirErrors;

/**
 * Refusals on /fhir/ as OperationOutcome (the platform's filter, registered in this service, as outcomes-service
 * and reporting-service do): the token check's 401 and 403, the database's 503 and any other problem document
 * that reaches a FHIR route. The routes' own refusals ({@link FhirProblem}, and the platform's problems met inside
 * them) are already OperationOutcomes naming the element, written by {@link FhirResource}; the filter leaves them
 * as they are, since it only turns a problem document.
 */
@Provider
public class FhirRefusals extends FhirErrors {}
