package org.oxpip.referrals.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Tells who is calling in the current request, from the verified bearer token. */
@ApplicationScoped
public class Callers {

    static final String AGENCY_CLAIM = "agency_id";
    static final String CLIENT_CLAIM = "azp";

    @Inject
    SecurityIdentity identity;

    public Caller current() {
        String agency = null;
        String client = null;
        String actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            agency = text(jwt.getClaim(AGENCY_CLAIM));
            client = text(jwt.getClaim(CLIENT_CLAIM));
            if (actor == null || actor.isBlank()) {
                actor = jwt.getSubject();
            }
        }
        return new Caller(actor, identity.getRoles(), agency, client);
    }

    private static String text(Object claim) {
        return claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
    }
}
