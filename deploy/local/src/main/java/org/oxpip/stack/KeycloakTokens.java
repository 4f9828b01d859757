package org.oxpip.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Gets access tokens from the stack's Keycloak, the way a partner's software or the frontend would. */
public final class KeycloakTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tokenEndpoint;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param issuer e.g. http://localhost:8180/realms/oxpip */
    public KeycloakTokens(String issuer) {
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    /** Client credentials grant (partner agencies, service accounts). */
    public String clientCredentials(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return token(form, clientId);
    }

    public String clientCredentials(DemoRealm.Client client) {
        return clientCredentials(client.clientId(), client.secret());
    }

    /** Resource owner password grant through the public frontend client (enabled in the demo realm only). */
    public String password(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", DemoRealm.FRONTEND_CLIENT);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return token(form, username);
    }

    public String password(DemoRealm.User user) {
        return password(user.username(), user.password());
    }

    private String token(Map<String, String> form, String who) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new StackException("Keycloak refused a token for " + who + ": HTTP " + response.statusCode() + " "
                        + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new StackException("Could not reach Keycloak at " + tokenEndpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }

    /** The claims of a JWT, without checking its signature (for tests and diagnostics only). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable JWT payload", e);
        }
    }
}
