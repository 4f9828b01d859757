package org.oxpip.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.oxpip.platform.problem.Problem;

/**
 * 401 and 403 as problem documents. Priority 1 so that these win over Quarkus's own mappers for the
 * same exceptions, which answer with an empty body.
 */
public class SecurityProblems {

    /** No token, or one that is expired, badly signed or for another audience: which one is not said. */
    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "Your role may not do this")
                .toResponse();
    }

    /** RFC 6750: a 401 names the scheme the client should use. */
    private static Response unauthorized() {
        return Response.fromResponse(Problem.of(401, "unauthorized", "Unauthorized", "A valid bearer token is required")
                        .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }
}
