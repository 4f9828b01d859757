package org.oxpip.reporting.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxpip.platform.security.Caller;

/**
 * docs/design.md, disclosure control: managers see exact figures; funders always see figures under the
 * configured policy, and so does a manager asking for a report to publish (forPublication=true).
 */
class DisclosurePoliciesTest {

    @ParameterizedTest(name = "{0} (publication {1}) under {2} sees {3}")
    @CsvSource({
        "manager, false, DEFAULT,     none",
        "manager, true,  DEFAULT,     default",
        "manager, true,  NHS_ENGLAND, nhs-england",
        "funder,  false, DEFAULT,     default",
        "funder,  false, NHS_ENGLAND, nhs-england",
        "funder,  true,  NHS_ENGLAND, nhs-england",
        // a clinician is staff but not a manager: the exact figures are the manager's alone
        "clinician, false, DEFAULT,   default",
    })
    void shouldChooseThePolicyForTheReader(
            String role, boolean forPublication, DisclosureSettings.Policy configured, String policy) {
        DisclosurePolicies policies = new DisclosurePolicies(() -> configured);
        Caller caller = new Caller("someone", Set.of(role), null, Set.of("DIDCOT_POWERHOUSE"), null);
        assertEquals(policy, policies.forReader(caller, forPublication).name());
    }
}
