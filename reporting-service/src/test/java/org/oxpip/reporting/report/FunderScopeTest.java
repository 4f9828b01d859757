package org.oxpip.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oxpip.platform.problem.ProblemException;
import org.oxpip.platform.security.Caller;

/** Which funding streams a report counts, for each kind of reader. */
class FunderScopeTest {

    static final LocalDate FROM = LocalDate.parse("2024-01-01");
    static final LocalDate TO = LocalDate.parse("2024-12-31");

    @Test
    void shouldCountAFundersOwnStreamsInOrderWhenItAsksForNone() {
        Caller funder = caller(Set.of("funder"), Set.of("DIDCOT_POWERHOUSE", "COMMUNITY_GRANT"));
        assertEquals(List.of("COMMUNITY_GRANT", "DIDCOT_POWERHOUSE"), counted(funder, null));
    }

    @Test
    void shouldCountTheOneStreamAFunderAsksForIfItIsItsOwn() {
        Caller funder = caller(Set.of("funder"), Set.of("DIDCOT_POWERHOUSE", "COMMUNITY_GRANT"));
        assertEquals(List.of("COMMUNITY_GRANT"), counted(funder, "COMMUNITY_GRANT"));
    }

    @Test
    void shouldRefuseAStreamThatIsNotTheFundersOwn() {
        Caller funder = caller(Set.of("funder"), Set.of("DIDCOT_POWERHOUSE"));
        ProblemException refused = assertThrows(ProblemException.class, () -> counted(funder, "COMMUNITY_GRANT"));
        assertEquals(403, refused.problem().status());
        assertEquals(
                "https://oxpip.org/problems/funding-stream-not-yours",
                refused.problem().type().toString());
        assertEquals(false, refused.problem().detail().contains("COMMUNITY_GRANT"));
        assertEquals(false, refused.problem().detail().contains("DIDCOT_POWERHOUSE"));
    }

    @Test
    void shouldRefuseAFunderWithoutStreamsWhateverItAsks() {
        Caller funder = caller(Set.of("funder"), Set.of());
        for (String asked : new String[] {null, "DIDCOT_POWERHOUSE"}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> counted(funder, asked));
            assertEquals(
                    "https://oxpip.org/problems/no-funding-streams",
                    refused.problem().type().toString());
        }
        assertThrows(ProblemException.class, () -> FunderScope.admit(funder));
    }

    @Test
    void shouldLeaveManagersAsTheyAsked() {
        Caller manager = caller(Set.of("manager"), Set.of());
        assertEquals(null, counted(manager, null));
        assertEquals(List.of("COMMUNITY_GRANT"), counted(manager, "COMMUNITY_GRANT"));
        FunderScope.admit(manager);
        // A manager who is also a funder, with a claim: still every stream.
        Caller both = caller(Set.of("manager", "funder"), Set.of("DIDCOT_POWERHOUSE"));
        assertEquals(null, counted(both, null));
        assertEquals(List.of("COMMUNITY_GRANT"), counted(both, "COMMUNITY_GRANT"));
    }

    private static List<String> counted(Caller caller, String asked) {
        ReportQuery query = FunderScope.limit(new ReportQuery(FROM, TO, asked, null), caller);
        assertEquals(asked, query.fundingStream(), "the stream asked for is reported as asked");
        return query.fundingStreams();
    }

    private static Caller caller(Set<String> roles, Set<String> streams) {
        return new Caller("someone", roles, null, streams, null);
    }
}
