package org.oxpip.referrals.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.testing.TestTokens;
import org.oxpip.referrals.testing.ReferralBodies;

/**
 * Runs after every other test class (surefire configuration in the pom): by then the service has
 * logged a whole run of intake, errors and workflow. None of the test families' personal data may
 * be in that log.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class LogPrivacyTest {

    private static final Path LOG = Path.of("target", "service-test.log");

    /**
     * The positive control: the file is this run's service log, and it holds this run's traffic. Without
     * it an empty or stale file would pass the search below. Quarkus's startup line carries this JVM's
     * process id, and the access log a request this test sends with a marker of its own (a random,
     * non-personal id; the service, not the test, writes it to the log).
     */
    @Test
    void serviceLogShouldHoldThisRunsTraffic() throws Exception {
        assertTrue(Files.exists(LOG), "the test profile writes the service log to " + LOG);
        String pid = "[" + ProcessHandle.current().pid() + "]";
        List<String> lines = Files.readAllLines(LOG);
        assertTrue(
                lines.stream()
                        .anyMatch(line ->
                                line.contains(pid) && line.contains("started in") && line.contains("Listening on")),
                "this JVM's service started and said so in the log");
        assertTrue(
                lines.stream().anyMatch(line -> line.contains(pid) && line.contains("Profile test activated")),
                "with the test profile");

        String marker = UUID.randomUUID().toString();
        given().auth()
                .oauth2(TestTokens.staff("clinician"))
                .when()
                .get("/api/v1/referrals/{id}", marker)
                .then()
                .statusCode(404);
        for (int i = 0; i < 50 && !Files.readString(LOG).contains("/api/v1/referrals/" + marker); i++) {
            Thread.sleep(100); // the access log is written as the response completes, maybe just after
        }
        assertTrue(
                Files.readString(LOG).contains("GET /api/v1/referrals/" + marker),
                "the service logged the request this test sent");
    }

    @Test
    void serviceLogShouldHoldNoPersonalData() throws Exception {
        assertTrue(Files.exists(LOG), "the test profile writes the service log to " + LOG);
        String text = Files.readString(LOG);
        for (String personal : List.of(
                ReferralBodies.GIVEN_NAME,
                ReferralBodies.FAMILY_NAME,
                ReferralBodies.NHS_NUMBER,
                ReferralBodies.POSTCODE,
                ReferralBodies.PHONE,
                "parent@example.org",
                "Struggling since the birth",
                // the imports' invented families (imports/ImportFiles, ImportRowsTest), cells of good and bad rows
                "Ottoline",
                "Brackenbury",
                "9960308243",
                "OX11 8QT",
                "Fergus",
                "Abernethy",
                "Jan3tta",
                "Ferg#us",
                "HAPPINESS",
                "NURSERYNURSE",
                // bad cells of the sessions sheet (imports/SessionImportTest)
                "HOMEVISIT",
                "TELEPATHY")) {
            assertFalse(text.contains(personal), "the service log mentions " + personal.charAt(0) + "…");
        }
    }
}
