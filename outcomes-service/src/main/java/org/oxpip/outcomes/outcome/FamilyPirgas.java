package org.oxpip.outcomes.outcome;

import java.util.Optional;

/**
 * The family's PIRGAS outcome (docs/design.md): the PARENT_1 dyad, or the PARENT_2 dyad where only that
 * one has paired scores. A family counts once, however many dyads were rated.
 */
public final class FamilyPirgas {

    private FamilyPirgas() {}

    public static Optional<PairedOutcome> choose(PairedOutcome parent1, PairedOutcome parent2) {
        if (parent1 != null && parent1.paired()) {
            return Optional.of(parent1);
        }
        if (parent2 != null && parent2.paired()) {
            return Optional.of(parent2);
        }
        return Optional.empty();
    }
}
