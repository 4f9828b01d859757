package org.oxpip.outcomes.assessment;

import java.util.Arrays;
import java.util.Optional;

/** Which parent answered; for PIRGAS, whose relationship with the baby the clinician rated. */
public enum Respondent {
    PARENT_1,
    PARENT_2;

    public static Optional<Respondent> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equals(text)).findFirst();
    }
}
