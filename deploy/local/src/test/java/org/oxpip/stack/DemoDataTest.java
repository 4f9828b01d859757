package org.oxpip.stack;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataTest {

    @Test
    void nhsNumbersAreValidTestNumbers() {
        Set<String> seen = new HashSet<>();
        for (int n = 1; n <= 20; n++) {
            String nhs = DemoData.testNhsNumber(n);
            assertEquals(10, nhs.length());
            assertTrue(nhs.startsWith("999"), "999 numbers are never issued to patients");
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nhs.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            assertEquals(check, nhs.charAt(9) - '0', nhs);
            assertTrue(seen.add(nhs), "distinct per parent");
        }
    }

    @Test
    void knownValidNumberFromDesignPassesTheSameCheck() {
        // docs/design.md's example 9434765919: the check digit rule used above accepts it.
        String nhs = "9434765919";
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nhs.charAt(i) - '0') * (10 - i);
        }
        assertEquals((11 - sum % 11) % 11, nhs.charAt(9) - '0');
    }
}
