package org.oxpip.reporting.report;

import java.util.List;

/** The exact outcomes of the episodes closed in one period. */
public record OutcomeFigures(
        PirgasOutcomes pirgas,
        ParentOutcomes mentalHealth,
        ParentOutcomes epds,
        long satisfactionResponses,
        long satisfactionPositive) {

    /**
     * The outcomes of periods that share no day, added up: the outcomes of all of them together, since every
     * figure counts episodes (or their parents), each in the one period its closing day falls in.
     */
    public static OutcomeFigures sum(List<OutcomeFigures> parts) {
        OutcomeFigures total = new OutcomeFigures(PirgasOutcomes.NONE, ParentOutcomes.NONE, ParentOutcomes.NONE, 0, 0);
        for (OutcomeFigures part : parts) {
            total = new OutcomeFigures(
                    total.pirgas.plus(part.pirgas),
                    total.mentalHealth.plus(part.mentalHealth),
                    total.epds.plus(part.epds),
                    total.satisfactionResponses + part.satisfactionResponses,
                    total.satisfactionPositive + part.satisfactionPositive);
        }
        return total;
    }
}
