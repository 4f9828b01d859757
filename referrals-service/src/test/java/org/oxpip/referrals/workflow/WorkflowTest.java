package org.oxpip.referrals.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.oxpip.referrals.referral.ReferralStatus;

/** The state machine of docs/design.md, every pair checked. */
class WorkflowTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "RECEIVED, ACCEPTED DECLINED REDIRECTED",
        "ACCEPTED, WAITING CLOSED",
        "WAITING, IN_THERAPY CLOSED",
        "IN_THERAPY, CLOSED",
        "DECLINED, ''",
        "REDIRECTED, ''",
        "CLOSED, ''"
    })
    void shouldAllowExactlyTheDesignedMoves(ReferralStatus from, String to) {
        Set<ReferralStatus> expected = EnumSet.noneOf(ReferralStatus.class);
        for (String name : to.split(" ")) {
            if (!name.isBlank()) {
                expected.add(ReferralStatus.valueOf(name));
            }
        }
        for (ReferralStatus candidate : ReferralStatus.values()) {
            assertEquals(expected.contains(candidate), Workflow.allows(from, candidate), from + " -> " + candidate);
        }
        assertEquals(expected, Workflow.nextFrom(from), "the moves offered from " + from);
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void onlyDecliningAndRedirectingNeedAReason(ReferralStatus to) {
        assertEquals(to == ReferralStatus.DECLINED || to == ReferralStatus.REDIRECTED, Workflow.needsReason(to));
    }
}
