package org.oxpip.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Polls a health URL until it answers 200, failing early (with the log's tail) if the process dies. */
final class Readiness {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {}

    static void await(ManagedProcess process, String url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        while (true) {
            process.checkAlive("before it was ready");
            if (answers200(request)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(process.name() + " was not ready within " + timeout.toSeconds() + " s ("
                        + url + " never answered 200).\nLog: " + process.logFile() + "\n--- last lines ---\n"
                        + process.tail(40));
            }
            ManagedProcess.sleep(500);
        }
    }

    static boolean answers200(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for " + request.uri());
        }
    }
}
