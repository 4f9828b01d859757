package org.oxpip.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Tells who is calling in the current request, from the verified bearer token. */
@ApplicationScoped
public class Callers {

    @Inject
    SecurityIdentity identity;

    public Caller current() {
        if (identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        String actor = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            if (actor == null || actor.isBlank()) {
                actor = jwt.getSubject();
            }
            return new Caller(
                    actor,
                    identity.getRoles(),
                    Claims.text(jwt.getClaim(Claims.AGENCY_ID)),
                    Claims.texts(jwt.getClaim(Claims.FUNDING_STREAMS)),
                    Claims.text(jwt.getClaim(Claims.AUTHORIZED_PARTY)));
        }
        return new Caller(actor, identity.getRoles(), null, Set.of(), null);
    }
}
