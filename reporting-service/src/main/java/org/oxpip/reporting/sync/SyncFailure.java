package org.oxpip.reporting.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.oidc.client.OidcClientException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.oxpip.reporting.rules.RulesBreach;

/**
 * Turns a failed sync into the short description stored as the feed's last error. Built only from
 * what we know (status codes, our own exceptions): never from an upstream body or an exception
 * message, which could quote anything.
 */
final class SyncFailure {

    static final int MAX_LENGTH = 200;

    private SyncFailure() {}

    static String describe(String feed, Throwable failure) {
        return shortened(feed + " feed: " + what(failure));
    }

    /** The instrument catalogue's sync: the same words, and a refused catalogue says what it lacks. */
    static String describeCatalogue(Throwable failure) {
        return shortened("instrument catalogue: "
                + (failure instanceof RulesBreach breach
                        ? "refused, it lacks an outcome rule the reports need (" + breach.getMessage() + ")"
                        : what(failure)));
    }

    private static String shortened(String description) {
        return description.length() <= MAX_LENGTH ? description : description.substring(0, MAX_LENGTH);
    }

    private static String what(Throwable failure) {
        if (failure instanceof FeedBreach breach) {
            return "page refused, it breaks the feed contract (" + breach.getMessage() + ")";
        }
        if (failure instanceof PageNotStored notStored) {
            return "page could not be stored (database error, SQLSTATE " + notStored.sqlState() + ")";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException http) {
                return "upstream answered HTTP " + http.getResponse().getStatus();
            }
            if (cause instanceof OidcClientException) {
                return "no service-account token (the token endpoint failed)";
            }
            if (cause instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                    || cause instanceof TimeoutException
                    || cause instanceof java.net.SocketTimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return "upstream timed out";
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return "upstream could not be reached";
            }
            if (cause instanceof JsonProcessingException) {
                return "upstream answered with something that is not a feed page";
            }
        }
        return "failed unexpectedly (" + failure.getClass().getSimpleName() + ")";
    }
}
