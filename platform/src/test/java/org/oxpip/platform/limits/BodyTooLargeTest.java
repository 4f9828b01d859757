package org.oxpip.platform.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.oxpip.platform.problem.Problem;

/** The rules; the route itself is tested over HTTP, declared and chunked, in PlatformInAnAppTest. */
class BodyTooLargeTest {

    @Test
    void theProblemShouldStateTheServicesOwnLimit() {
        Problem problem = BodyTooLarge.problem(256 * 1024);
        assertEquals(413, problem.status());
        assertEquals("https://oxpip.org/problems/body-too-large", problem.type().toString());
        assertEquals("The body is larger than the 256 KB this service accepts", problem.detail());
    }

    @Test
    void aLimitInWholeMegabytesShouldBeStatedSo() {
        assertEquals(
                "The body is larger than the 20 MB this service accepts",
                BodyTooLarge.problem(20 * 1024 * 1024).detail());
    }

    @Test
    void aMalformedLengthShouldBeLeftToTheServer() {
        assertEquals(17, BodyTooLarge.declaredLength(" 17 "));
        assertEquals(-1, BodyTooLarge.declaredLength("seventeen"));
        assertEquals(-1, BodyTooLarge.declaredLength("99999999999999999999"));
    }
}
