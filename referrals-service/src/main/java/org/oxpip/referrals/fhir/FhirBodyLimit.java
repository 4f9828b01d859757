package org.oxpip.referrals.fhir;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * A FHIR body over the service's limit answers 413 as an OperationOutcome, as every other refusal on the
 * FHIR routes does. It runs just before the platform's own limit (which answers a problem document
 * elsewhere) and makes the same decision from the declared length, unread; a chunked body over the limit,
 * refused by the platform's reader, is answered here too.
 */
@ApplicationScoped
public class FhirBodyLimit {

    static final String PATHS = "/fhir/.*";

    @ConfigProperty(name = "oxpip.http.max-body-size")
    MemorySize limit;

    @Inject
    FhirFormat fhir;

    /** The refusal, written once; null until then. */
    private volatile String outcome;

    void install(@Observes Router router) {
        long bytes = limit.asLongValue();
        router.routeWithRegex(PATHS)
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2)
                .handler(context -> {
                    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length != null && declared(length) > bytes) {
                        refuse(context, outcome());
                    } else {
                        context.next();
                    }
                })
                .failureHandler(context -> {
                    if (context.statusCode() == 413 && !context.response().ended()) {
                        refuse(context, outcome());
                    } else {
                        context.next();
                    }
                });
    }

    /**
     * Writes the refusal beside the start-up, not in it: the first use of HAPI's FHIR context builds its R4 model
     * (most of a second on 2 CPUs), which held up the service's readiness when the router was set up.
     */
    void warm(@Observes StartupEvent started, ManagedExecutor executor) {
        executor.runAsync(this::outcome);
    }

    private String outcome() {
        String written = outcome;
        if (written == null) {
            // Two threads may both write it; they write the same text.
            written = fhir.write(FhirProblem.outcome(
                    IssueType.TOOLONG,
                    List.of(new Issue(
                            null,
                            "The body is larger than the " + limit.asLongValue() / 1024
                                    + " KB this service accepts"))));
            outcome = written;
        }
        return written;
    }

    private static long declared(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The rest of the body is never read, so the connection cannot carry another request. */
    private static void refuse(RoutingContext context, String outcome) {
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, FhirFormat.JSON)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> context.request().connection().close())
                .end(outcome);
    }
}
