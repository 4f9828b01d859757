package org.oxpip.reporting.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.oxpip.reporting.disclosure.ExactFigures;
import org.oxpip.reporting.disclosure.NhsEnglandRounding;
import org.oxpip.reporting.disclosure.SmallNumberSuppression;

/**
 * The words of the report come from the policies themselves; these are the numbers docs/design.md
 * ("Disclosure control") gives each policy, written out by hand.
 */
class SmallNumbersTest {

    @Test
    void shouldReadTheDefaultPolicy() {
        // 1-4 suppressed; a rate needs a denominator of 10; medians over 10; secondary suppression.
        assertEquals(
                new SmallNumbers("default", 5, 10, 10, false, true), SmallNumbers.of(new SmallNumberSuppression()));
        assertFalse(SmallNumbers.of(new SmallNumberSuppression()).exact());
    }

    @Test
    void shouldReadTheNhsEnglandPolicy() {
        // 1-7 suppressed, rounding to 5, a rate needs only unsuppressed counts (8 rounds to 10), medians over 10.
        assertEquals(new SmallNumbers("nhs-england", 8, 8, 10, true, false), SmallNumbers.of(new NhsEnglandRounding()));
    }

    @Test
    void shouldReadExactFigures() {
        SmallNumbers exact = SmallNumbers.of(new ExactFigures());
        assertEquals(new SmallNumbers("none", 1, 1, 1, false, false), exact);
        assertTrue(exact.exact());
    }
}
