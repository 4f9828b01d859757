package org.oxpip.outcomes.assessment;

import java.util.Arrays;
import java.util.Optional;

/** When in the episode a measure was taken; in episode order, which breaks ties between same-day scores. */
public enum Timepoint {
    BASELINE,
    REVIEW,
    END,
    FOLLOW_UP;

    public static Optional<Timepoint> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.name().equals(text)).findFirst();
    }
}
