package org.oxpip.outcomes.alert;

import java.util.Arrays;
import java.util.Optional;

/** OPEN until a clinician acknowledges it; an acknowledged alert stays acknowledged. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED;

    static Optional<AlertStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst();
    }
}
