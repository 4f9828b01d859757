package org.oxpip.platform.versions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxpip.platform.problem.Problem;
import org.oxpip.platform.problem.ProblemException;

/** One answer for If-Match in every service (platform/README.md, "Drifts settled"). */
class VersionsTest {

    @ParameterizedTest(name = "{0} names version {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'\"3\"'          | 3",
                "'W/\"3\"'        | 3",
                "'  \"0\"  '      | 0",
                "'\"999999999\"'  | 999999999"
            })
    void oneOfOurEtagsShouldNameItsVersion(String ifMatch, int version) {
        assertEquals(version, Versions.fromIfMatch(ifMatch));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void noIfMatchShouldBe428(String ifMatch) {
        Problem problem = assertThrows(ProblemException.class, () -> Versions.fromIfMatch(ifMatch))
                .problem();
        assertEquals(428, problem.status());
        assertEquals(
                "https://oxpip.org/problems/if-match-required", problem.type().toString());
    }

    /** Values a client could never have read from us: 400, never 412 (nothing changed under it). */
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"*", "3", "\"abc\"", "\"1\", \"2\"", "\"-1\"", "\"1234567890\"", "W/3", "\"3", "version 0"})
    void anIfMatchThatIsNotOneOfOurEtagsShouldBe400(String ifMatch) {
        Problem problem = assertThrows(ProblemException.class, () -> Versions.fromIfMatch(ifMatch))
                .problem();
        assertEquals(400, problem.status());
        assertEquals(
                "https://oxpip.org/problems/invalid-if-match", problem.type().toString());
        assertEquals(
                List.of("If-Match"),
                problem.errors().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void theValueSentShouldNeverBeEchoed() {
        Problem problem = assertThrows(ProblemException.class, () -> Versions.fromIfMatch("\"Jane Doe 07700\""))
                .problem();
        assertFalse(problem.toString().contains("Jane"));
        assertFalse(problem.toString().contains("07700"));
    }

    @Test
    void aVersionNoLongerCurrentShouldBe412StaleVersion() {
        assertDoesNotThrow(() -> Versions.requireCurrent(4, 4));
        Problem problem = assertThrows(ProblemException.class, () -> Versions.requireCurrent(5, 4))
                .problem();
        assertEquals(412, problem.status());
        assertEquals("https://oxpip.org/problems/stale-version", problem.type().toString());
    }

    @Test
    void anOptimisticLockFailureShouldBeAStaleVersionToo() {
        var response =
                new StaleVersions().staleVersion(new jakarta.persistence.OptimisticLockException("row 17 changed"));
        assertEquals(412, response.getStatus());
        assertEquals(
                "https://oxpip.org/problems/stale-version",
                ((Problem) response.getEntity()).type().toString());
    }

    @Test
    void theEtagShouldBeTheVersionStrong() {
        assertEquals("\"7\"", Versions.etag(7).toString());
        assertFalse(Versions.etag(7).isWeak());
    }
}
