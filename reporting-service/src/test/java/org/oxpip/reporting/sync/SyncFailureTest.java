package org.oxpip.reporting.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.client.OidcClientException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** The last error is our own few words: never an upstream body or an exception's message. */
class SyncFailureTest {

    static final String PERSONAL = "Jane SMITH, 9434765919";

    @Test
    void shouldNameTheHttpStatusOnly() {
        WebApplicationException e = new WebApplicationException(
                PERSONAL, Response.status(502).entity(PERSONAL).build());
        assertEquals("referrals feed: upstream answered HTTP 502", SyncFailure.describe("referrals", e));
    }

    @Test
    void shouldNameATimeoutOrAnUnreachableUpstream() {
        assertEquals(
                "outcomes feed: upstream timed out", SyncFailure.describe("outcomes", new TimeoutException(PERSONAL)));
        assertEquals(
                "outcomes feed: upstream could not be reached",
                SyncFailure.describe("outcomes", new ProcessingException(PERSONAL, new ConnectException(PERSONAL))));
    }

    @Test
    void shouldNameAFailingTokenEndpoint() {
        assertEquals(
                "referrals feed: no service-account token (the token endpoint failed)",
                SyncFailure.describe("referrals", new ProcessingException(new OidcClientException(PERSONAL))));
    }

    @Test
    void shouldNameAnAnswerThatIsNotAFeedPage() {
        var notJson = new com.fasterxml.jackson.core.JsonParseException(null, PERSONAL);
        assertEquals(
                "assessments feed: upstream answered with something that is not a feed page",
                SyncFailure.describe("assessments", new ProcessingException(notJson)));
    }

    @Test
    void shouldNeverQuoteAnUnexpectedExceptionsMessage() {
        String description = SyncFailure.describe("referrals", new IllegalStateException(PERSONAL));
        assertEquals("referrals feed: failed unexpectedly (IllegalStateException)", description);
    }

    @Test
    void shouldKeepTheDescriptionShort() {
        String description = SyncFailure.describe("referrals", new FeedBreach("x".repeat(500)));
        assertTrue(description.length() <= SyncFailure.MAX_LENGTH);
    }
}
