package org.oxpip.referrals.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UK postcode formats (Royal Mail PAF: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA). */
class PostcodeTest {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({
        "OX11 7HJ, OX11 7HJ, OX11",
        "ox117hj, OX11 7HJ, OX11",
        "' OX11  7HJ ', OX11 7HJ, OX11",
        "M1 1AE, M1 1AE, M1",
        "B33 8TH, B33 8TH, B33",
        "CR2 6XH, CR2 6XH, CR2",
        "W1A 0AX, W1A 0AX, W1A",
        "EC1A 1BB, EC1A 1BB, EC1A",
        "OX11, , ",
        "12345, , ",
        "OX11 7H, , ",
        "'', , "
    })
    void shouldNormaliseAndFindTheDistrict(String raw, String normalised, String district) {
        assertEquals(Optional.ofNullable(normalised), Postcode.normalise(raw));
        assertEquals(Optional.ofNullable(district), Postcode.district(raw));
    }
}
