package org.oxpip.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerTest {

    @ParameterizedTest(name = "{0} -> {1}, staff {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "admin clinician  | admin           | true",
                "clinician manager| clinician       | true",
                "manager          | manager         | true",
                "referrer         | referrer        | false",
                "feed-reader referral-reader | referral-reader | false",
                "funder           | funder          | false",
                "offline_access   | none            | false"
            })
    void theRecordedRoleShouldBeTheMostPrivileged(String roles, String main, boolean staff) {
        Caller caller = new Caller("someone", Set.of(roles.split(" +")), null, null, null);
        assertEquals(main, caller.mainRole());
        assertEquals(staff, caller.isStaff());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource("funder")
    void absentClaimsShouldBeEmptyNotNull(String role) {
        Caller caller = new Caller("funder", Set.of(role), null, null, null);
        assertEquals(Set.of(), caller.fundingStreams());
        assertTrue(caller.hasRole(role));
        assertFalse(Caller.ANONYMOUS.isStaff());
        assertEquals("none", Caller.ANONYMOUS.mainRole());
    }
}
