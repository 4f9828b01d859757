package org.oxpip.reporting.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRowsTest {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "OX11 | OX11",
                "83.3 | 83.3",
                "-5 | -5",
                "a,b | \"a,b\"",
                "say \"hi\" | \"say \"\"hi\"\"\"",
                "=HYPERLINK(1) | '=HYPERLINK(1)",
                "@SUM(A1) | '@SUM(A1)"
            })
    void shouldEscapeCellsAndNeverStartAFormula(String value, String written) {
        assertEquals(written, CsvRows.cell(value));
    }
}
