package org.oxpip.referrals.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NHS Number modulus-11 check (NHS Data Dictionary, "NHS NUMBER"). */
class NhsNumberTest {

    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource({
        "9434765919, true", // NHS Digital's published test number: weighted sum 299, 299 mod 11 = 2, check 9
        "943 476 5919, true", // written with spaces
        "943-476-5919, true",
        "9434765918, false", // wrong check digit
        "4010232137, true", // sum 92, remainder 4, check 7
        "9434765080, true", // sum 286 = 26 x 11: check 11 counts as 0
        "1234567890, false", // remainder 1 -> check 10: never valid
        "943476591, false", // nine digits
        "94347659190, false", // eleven digits
        "94347659x9, false",
        "'', false"
    })
    void shouldCheckTheCheckDigit(String number, boolean valid) {
        assertEquals(valid, NhsNumber.isValid(number));
    }
}
