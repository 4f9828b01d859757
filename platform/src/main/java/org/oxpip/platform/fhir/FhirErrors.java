package org.oxpip.platform.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.oxpip.platform.problem.Problem;

/**
 * On the FHIR routes ({@code /fhir/...}) every refusal is an OperationOutcome as application/fhir+json instead
 * of a problem document: the platform's mappers (security, validation, not found, database down) still decide the
 * status and the words, and this turns their problem into the FHIR shape, so there is one source of error words.
 *
 * <p>Not a provider by itself (the platform's index would register it in every service, HAPI or not): a service
 * that speaks FHIR registers it with {@code @Provider public class ... extends FhirErrors {}}.
 */
public class FhirErrors implements ContainerResponseFilter {

    /** The path every FHIR route starts with. */
    public static final String ROOT = "fhir/";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !onFhirRoute(request)) {
            return;
        }
        response.setEntity(Fhir.json(OperationOutcomes.of(problem)), null, Fhir.MEDIA_TYPE);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Fhir.JSON);
    }

    static boolean onFhirRoute(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith(ROOT) || path.startsWith("/" + ROOT);
    }
}
