package org.oxpip.reporting.report;

import java.time.Instant;
import org.oxpip.reporting.rules.InstrumentRules;

/**
 * Everything a summary report says, exact, read in one snapshot of the read model, with the outcome rules the
 * outcomes were counted with (read in the same snapshot), from which the report's definitions are written.
 */
public record SummaryFigures(
        Instant dataAsOf,
        ReferralFigures referrals,
        Breakdowns breakdowns,
        OutcomeFigures outcomes,
        DeliveredFigures delivered,
        ReachFigures reach,
        FeedbackFigures feedback,
        InstrumentRules rules) {}
