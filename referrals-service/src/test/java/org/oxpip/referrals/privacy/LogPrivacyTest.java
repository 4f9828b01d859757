package org.oxpip.referrals.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.oxpip.referrals.testing.ReferralBodies;

/**
 * Runs after every other test class (surefire configuration in the pom): by then the service has
 * logged a whole run of intake, errors and workflow. None of the test families' personal data may
 * be in that log.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class LogPrivacyTest {

    @Test
    void serviceLogShouldHoldNoPersonalData() throws Exception {
        Path log = Path.of("target", "service-test.log");
        assertTrue(Files.exists(log), "the test profile writes the service log to " + log);
        String text = Files.readString(log);
        for (String personal : List.of(ReferralBodies.GIVEN_NAME, ReferralBodies.FAMILY_NAME,
                ReferralBodies.NHS_NUMBER, ReferralBodies.POSTCODE, ReferralBodies.PHONE, "parent@example.org",
                "Struggling since the birth")) {
            assertFalse(text.contains(personal), "the service log mentions " + personal.charAt(0) + "…");
        }
    }
}
