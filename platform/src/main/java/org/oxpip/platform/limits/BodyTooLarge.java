package org.oxpip.platform.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oxpip.platform.problem.Problem;

/**
 * A body over the service's limit answers 413 as a problem document. The limit is
 * {@code oxpip.http.max-body-size} where a service sets it, otherwise {@code quarkus.http.limits.max-body-size};
 * the paths a service names in {@code oxpip.http.large-body-paths} (a spreadsheet import's upload) may take up
 * to {@code quarkus.http.limits.max-body-size}, which such a service then sets to that larger size. Quarkus refuses such a body in a Vert.x route before any JAX-RS code runs, with an
 * empty 413 that no exception mapper ever sees; this route runs just before that one and makes the same
 * decision itself. With a Content-Length the body is refused unread; a chunked body (no length) is read
 * by Vert.x up to the limit and no further, and its 413 failure is answered here too.
 */
@ApplicationScoped
public class BodyTooLarge {

    public static final String TYPE = "body-too-large";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    /** Every other path's smaller limit, where the service allows some paths more (below). */
    @ConfigProperty(name = "oxpip.http.max-body-size")
    Optional<MemorySize> generalBodySize;

    /** Paths (exact, without the query) that may take a body up to quarkus.http.limits.max-body-size. */
    @ConfigProperty(name = "oxpip.http.large-body-paths")
    Optional<List<String>> largeBodyPaths;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) throws JsonProcessingException {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long large = maxBodySize.get().asLongValue();
        long general = generalBodySize.map(MemorySize::asLongValue).orElse(large);
        Set<String> largePaths = Set.copyOf(largeBodyPaths.orElse(List.of()));
        Limit usual = new Limit(general, mapper.writeValueAsString(problem(general)));
        Limit upload = new Limit(large, mapper.writeValueAsString(problem(large)));
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> {
                    Limit limit = largePaths.contains(context.normalizedPath()) ? upload : usual;
                    check(context, limit.bytes, limit.chunked, limit.problem);
                })
                .failureHandler(context -> {
                    if (context.statusCode() == 413 && !context.response().ended()) {
                        Limit limit = largePaths.contains(context.normalizedPath()) ? upload : usual;
                        refuse(context, limit.problem);
                    } else {
                        context.next();
                    }
                });
    }

    /** A limit, the reader that enforces it on a chunked body, and the problem that states it. */
    private static final class Limit {
        final long bytes;
        final BodyHandler chunked;
        final String problem;

        Limit(long bytes, String problem) {
            this.bytes = bytes;
            this.chunked = BodyHandler.create(false).setBodyLimit(bytes);
            this.problem = problem;
        }
    }

    /** The limit is the service's own setting, never anything the client sent. */
    static Problem problem(long limitBytes) {
        return Problem.of(
                413,
                TYPE,
                "Content too large",
                "The body is larger than the "
                        + (limitBytes >= 1024 * 1024 && limitBytes % (1024 * 1024) == 0
                                ? limitBytes / (1024 * 1024) + " MB"
                                : limitBytes / 1024 + " KB")
                        + " this service accepts");
    }

    private static void check(RoutingContext context, long limit, BodyHandler chunked, String problem) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (declaredLength(length) > limit) {
                refuse(context, problem);
            } else {
                context.next();
            }
        } else if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            chunked.handle(context);
        } else {
            context.next();
        }
    }

    /** A malformed length is left to Vert.x and Quarkus, which refuse it in their own way. */
    static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The rest of the body is never read, so the connection cannot carry another request. */
    private static void refuse(RoutingContext context, String problem) {
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.JSON)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> context.request().connection().close())
                .end(problem);
    }
}
