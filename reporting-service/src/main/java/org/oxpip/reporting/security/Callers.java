package org.oxpip.reporting.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Tells who is calling in the current request, from the verified bearer token. */
@ApplicationScoped
public class Callers {

    static final String AGENCY_CLAIM = "agency_id";
    static final String FUNDING_STREAMS_CLAIM = "funding_streams";

    @Inject
    SecurityIdentity identity;

    public Caller current() {
        String agency = null;
        Set<String> fundingStreams = Set.of();
        String actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(AGENCY_CLAIM);
            agency = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
            fundingStreams = fundingStreams(jwt.getClaim(FUNDING_STREAMS_CLAIM));
            if (actor == null || actor.isBlank()) {
                actor = jwt.getSubject();
            }
        }
        return new Caller(actor, identity.getRoles(), agency, fundingStreams);
    }

    /**
     * Keycloak's multivalued attribute mapper writes a JSON array; a single-valued one (or another
     * issuer) may write one string. Anything else, and blank entries, name no stream.
     */
    static Set<String> fundingStreams(Object claim) {
        Set<String> streams = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                add(streams, value);
            }
        } else if (claim instanceof JsonValue value) {
            add(streams, value);
        } else if (claim instanceof String text) {
            add(streams, text);
        } else if (claim instanceof Iterable<?> values) {
            values.forEach(value -> add(streams, value));
        }
        return streams;
    }

    private static void add(Set<String> streams, Object value) {
        String text = value instanceof JsonString json ? json.getString() : value instanceof String s ? s : null;
        if (text != null && !text.isBlank()) {
            streams.add(text.trim());
        }
    }
}
