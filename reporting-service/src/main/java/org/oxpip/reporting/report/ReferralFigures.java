package org.oxpip.reporting.report;

/** The exact referral, waiting and activity counts of one period, before any disclosure control. */
public record ReferralFigures(
        long received,
        long accepted,
        long declined,
        long redirected,
        long eligible,
        long familiesSeen,
        long episodesClosed,
        long firstSessions,
        Double medianWaitDays,
        Double p90WaitDays) {}
