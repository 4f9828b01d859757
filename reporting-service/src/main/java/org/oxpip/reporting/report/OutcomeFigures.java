package org.oxpip.reporting.report;

/** The exact outcomes of the episodes closed in one period. */
public record OutcomeFigures(
        PirgasOutcomes pirgas,
        ParentOutcomes mentalHealth,
        ParentOutcomes epds,
        long satisfactionResponses,
        long satisfactionPositive) {}
