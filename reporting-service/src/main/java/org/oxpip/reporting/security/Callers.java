package org.oxpip.reporting.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Tells who is calling in the current request, from the verified bearer token. */
@ApplicationScoped
public class Callers {

    static final String AGENCY_CLAIM = "agency_id";

    @Inject
    SecurityIdentity identity;

    public Caller current() {
        String agency = null;
        String actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(AGENCY_CLAIM);
            agency = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
            if (actor == null || actor.isBlank()) {
                actor = jwt.getSubject();
            }
        }
        return new Caller(actor, identity.getRoles(), agency);
    }
}
