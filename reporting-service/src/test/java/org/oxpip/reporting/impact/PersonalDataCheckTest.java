package org.oxpip.reporting.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes of personal data a title block refuses, and ordinary grant wording it must let through. */
class PersonalDataCheckTest {

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Contact jo.bloggs@example.org for details | an e-mail address",
                "Call 01235 123456                        | a phone or NHS number",
                "Ring +44 1235 123 456                    | a phone or NHS number",
                "NHS number 943 476 5919                  | a phone or NHS number",
                "9434765919                               | a phone or NHS number",
                "07700-900-123                            | a phone or NHS number",
                "Families around OX11 7HJ                 | a full postcode",
                "Families around ox117hj                  | a full postcode",
                "Based at SW1A 1AA                        | a full postcode",
            })
    void shouldRefuseTextThatLooksPersonal(String text, String shape) {
        Optional<String> problem = PersonalDataCheck.problem(text.strip());
        assertEquals(
                Optional.of("looks like it holds " + shape + ": the title block is about the grant, never a person"),
                problem);
        assertFalse(problem.get().contains(text.strip()), "the message never repeats the text");
    }

    @ParameterizedTest(name = "\"{0}\" is allowed")
    @CsvSource(
            delimiter = '|',
            value = {
                "Parent-Infant Psychotherapy in Didcot",
                "The Didcot Powerhouse Fund",
                "Didcot and the villages around it (OX11, OX12)",
                "Grant 2023-2026, 120 families a year",
                "Weekly sessions for babies under 2; 24 to 26 weeks each",
                "Ysbyty Gwynedd ŵ ŷ – café",
                "Funded 2022 to 2025",
            })
    void shouldAllowTheWordsOfAGrant(String text) {
        assertEquals(Optional.empty(), PersonalDataCheck.problem(text.strip()));
    }

    @ParameterizedTest(name = "control character {0} is refused")
    @CsvSource({"10", "13", "9", "0", "127", "8232"})
    void shouldRefuseControlCharacters(int character) {
        assertEquals(
                Optional.of("must be plain text on one line"),
                PersonalDataCheck.problem("Didcot" + (char) character + "Fund"));
    }
}
