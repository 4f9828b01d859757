package org.oxpip.outcomes.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oxpip.outcomes.testing.ReferralsStub;
import org.oxpip.outcomes.testing.Rows;

/** With the schedule on (oxpip.erasure.poll-interval), an erasure is done and confirmed with nobody asking. */
@QuarkusTest
@TestProfile(ScheduledErasureTest.PollEverySecond.class)
class ScheduledErasureTest {

    public static class PollEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The test profile's own "off" must be overridden by name, or it would win.
            return Map.of("oxpip.erasure.poll-interval", "1s", "%test.oxpip.erasure.poll-interval", "1s");
        }
    }

    @AfterEach
    void nothingPending() {
        ReferralsStub.resetErasures();
    }

    @Test
    void theScheduleShouldEraseAndConfirmByItself() throws InterruptedException {
        PlantedFamily family = PlantedFamily.plant();
        ReferralsStub.pending(family.referral());

        String confirmed = null;
        for (int i = 0; i < 200 && confirmed == null; i++) {
            Thread.sleep(100);
            confirmed = Rows.string(
                    "SELECT confirmed_at FROM erased_referral WHERE referral_id = '" + family.referral() + "'");
        }
        assertNotNull(confirmed, "erased and confirmed within 20 s of a 1 s schedule");
        assertEquals(0, family.rowsWithItsText());
    }
}
