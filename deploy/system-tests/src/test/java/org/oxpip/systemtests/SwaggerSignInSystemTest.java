package org.oxpip.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oxpip.platform.testing.Chromium;
import org.oxpip.stack.DemoRealm;
import org.oxpip.stack.LocalStack;

/**
 * Swagger UI signs a member of staff in, as a person would do it: Debian's headless Chromium (the platform's
 * DevTools helper, no browser download) opens referrals-service's Swagger UI, clicks "Authorize", picks the
 * authorization-code flow of the {@code keycloak} scheme (client {@code oxpip-frontend}, filled in by the
 * platform's configuration), signs in on Keycloak's own login page in the window Swagger UI opens, as the demo
 * {@code clinician}, comes back, and executes {@code GET /api/v1/referrals}: 200. The token request the page
 * made is checked to be an authorization-code exchange with a PKCE verifier, and the API call to go to this
 * stack's own port (the document's server comes from OXPIP_API_URL). Without Chromium the test is skipped
 * loudly, but fails under CI (CI=true), where .ci/run installs it.
 */
@ExtendWith(RunningStack.class)
class SwaggerSignInSystemTest {

    private static final String LIST = "/api/v1/referrals";

    @Test
    void clinicianShouldSignInFromSwaggerUiAndListReferrals() throws Exception {
        Path executable = chromiumOrSkip();
        LocalStack stack = RunningStack.stack();
        try (Chromium chromium = new Chromium(executable)) {
            chromium.open(1280, 1000);
            chromium.discoverTargets();
            chromium.load(stack.referralsUrl() + "/q/swagger-ui/");
            chromium.await("Swagger UI's Authorize button", "!!document.querySelector('button.btn.authorize')");
            click(chromium, "button.btn.authorize");
            chromium.await("the authorization-code flow in the dialog", containerOf("authorizationCode") + " !== null");
            assertEquals(
                    DemoRealm.FRONTEND_CLIENT,
                    chromium.evaluate(containerOf("authorizationCode") + ".querySelector('input[type=text]').value")
                            .asText(),
                    "the public client is filled in");
            clickAsUser(chromium, containerOf("authorizationCode") + ".querySelector('button.authorize')");

            String main = chromium.use(chromium.attach(chromium.awaitPage(stack.issuer())));
            chromium.await("Keycloak's login form", "!!document.querySelector('#username')");
            chromium.evaluate("document.querySelector('#username').value = "
                    + quoted(DemoRealm.CLINICIAN.username()) + ";"
                    + "document.querySelector('#password').value = " + quoted(DemoRealm.CLINICIAN.password()) + ";"
                    + "document.querySelector('#kc-login').click(); true");
            chromium.use(main);

            chromium.await(
                    "the signed-in state (a Logout button) after Keycloak sent the window back",
                    containerOf("authorizationCode")
                            + ".querySelector('button.authorize') === null || "
                            + containerOf("authorizationCode") + ".innerText.includes('Logout')");
            click(chromium, "button.btn-done");

            String operation = "[...document.querySelectorAll('.opblock-get')].find(b => b.querySelector("
                    + "'.opblock-summary-path[data-path=\"" + LIST + "\"]'))";
            chromium.evaluate(operation + ".querySelector('.opblock-summary-control').click(); true");
            chromium.await("the operation opened", operation + ".querySelector('.try-out__btn') !== null");
            chromium.evaluate(operation + ".querySelector('.try-out__btn').click(); true");
            chromium.await("Execute", operation + ".querySelector('.execute') !== null");
            chromium.evaluate(operation + ".querySelector('.execute').click(); true");
            chromium.await(
                    "the live response",
                    operation + ".querySelector('.live-responses-table tr.response .response-col_status') !== null");
            assertEquals(
                    "200",
                    chromium.evaluate(
                                    operation
                                            + ".querySelector('.live-responses-table tr.response .response-col_status').innerText.trim()")
                            .asText(),
                    "GET " + LIST + " from Swagger UI after signing in");

            List<JsonNode> requests = chromium.events()
                    .filter(event -> event.path("method").asText().equals("Network.requestWillBeSent"))
                    .map(event -> event.path("params").path("request"))
                    .toList();
            // The page's token exchange, when the browser reported it on the page's own session (the exchange may
            // run in the window Keycloak sent back, whose requests this session does not always see): then it must
            // be an authorization-code exchange with PKCE through the public client.
            requests.stream()
                    .filter(r -> r.path("url").asText().equals(stack.issuer() + "/protocol/openid-connect/token"))
                    .filter(r -> r.path("method").asText().equals("POST"))
                    .findFirst()
                    .ifPresentOrElse(
                            exchange -> {
                                String form = exchange.path("postData").asText();
                                assertTrue(
                                        form.contains("grant_type=authorization_code"),
                                        "an authorization-code exchange");
                                assertTrue(form.contains("code_verifier="), "with PKCE's verifier");
                                assertTrue(
                                        form.contains("client_id=" + DemoRealm.FRONTEND_CLIENT),
                                        "through the public client");
                            },
                            () -> System.out.println(
                                    "Swagger UI sign-in: the token exchange ran outside the page's session"));
            JsonNode call = requests.stream()
                    .filter(r -> r.path("url").asText().startsWith(stack.referralsUrl() + LIST))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Swagger UI did not call " + stack.referralsUrl() + LIST));
            assertTrue(
                    call.path("headers").path("Authorization").asText().startsWith("Bearer "),
                    "the call carries the token Swagger UI got");
            System.out.println("Swagger UI sign-in: clinician signed in through " + DemoRealm.FRONTEND_CLIENT
                    + " (authorization code, PKCE), GET " + LIST + " answered 200");
        }
    }

    /** The dialog's section for one flow of the keycloak scheme (its heading names the flow). */
    private static String containerOf(String flow) {
        return "([...document.querySelectorAll('.auth-container')].find(c => c.innerText.includes('" + flow
                + "')) || null)";
    }

    private static void click(Chromium chromium, String selector) throws Exception {
        chromium.evaluate("document.querySelector('" + selector + "').click(); true");
    }

    /** A click the page takes as the user's own, so that the window it opens is not blocked as a pop-up. */
    private static void clickAsUser(Chromium chromium, String element) throws Exception {
        JsonNode result = chromium.call(
                "Runtime.evaluate",
                Map.of("expression", element + ".click(); true", "userGesture", true, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            fail("The click failed: " + result.get("exceptionDetails"));
        }
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Chromium, or a skip that says so loudly; under CI its absence is a failure, never a skip. */
    private static Path chromiumOrSkip() {
        Optional<Path> chromium = Chromium.find();
        if (chromium.isPresent()) {
            return chromium.get();
        }
        String message = "Chromium is not installed (looked for " + Chromium.CANDIDATES
                + "): Swagger UI's sign-in was not tried. Install it with: apt-get install -y chromium";
        String ci = System.getenv("CI");
        if ("true".equalsIgnoreCase(ci) || "1".equals(ci)) {
            fail(message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
        return null;
    }
}
