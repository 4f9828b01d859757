package org.oxpip.outcomes.scoring;

import java.util.List;

/**
 * What the catalogue's rules make of one set of answers.
 *
 * @param answers the item scores, as whole numbers
 * @param total the sum of the item scores; null where the instrument has no total (satisfaction)
 * @param band the band of the total, or of the banded item where the instrument says so
 * @param positiveRiskItems the risk items (numbered from 1) answered above 0
 */
public record Score(List<Integer> answers, Integer total, String band, List<Integer> positiveRiskItems) {

    public Score {
        answers = List.copyOf(answers);
        positiveRiskItems = List.copyOf(positiveRiskItems);
    }

    /** A positive answer to any risk item: a clinician must see it (docs/design.md, risk alerts). */
    public boolean riskFlag() {
        return !positiveRiskItems.isEmpty();
    }

    public int[] answersArray() {
        return answers.stream().mapToInt(Integer::intValue).toArray();
    }
}
