package org.oxpip.platform.testing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends a request the service is expected to refuse before reading its body (413 for a body over the limit).
 * The service answers and closes the connection while the client may still be writing the body; the JDK client
 * then sometimes loses the answer ("header parser received no bytes"). That is the client's race, not the
 * service's fault, so a lost answer is asked for again, a few times: a service that never answers still fails.
 */
public final class EarlyRefusal {

    private static final int TRIES = 5;

    private EarlyRefusal() {}

    public static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int attempt = 1; ; attempt++) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException lostAnswer) {
                if (attempt == TRIES) {
                    throw lostAnswer;
                }
            }
        }
    }
}
