package org.oxpip.reporting.report;

import java.time.Instant;

/** Everything a summary report says, exact, read in one snapshot of the read model. */
public record SummaryFigures(
        Instant dataAsOf, ReferralFigures referrals, Breakdowns breakdowns, OutcomeFigures outcomes) {}
