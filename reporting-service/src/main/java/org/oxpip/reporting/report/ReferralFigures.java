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
        Double p90WaitDays) {

    /**
     * Received and still awaiting triage: neither accepted, declined nor redirected. The workflow allows one of
     * the three, once (RECEIVED → ACCEPTED | DECLINED | REDIRECTED), so the four add up to received.
     */
    public long pending() {
        return received - accepted - declined - redirected;
    }
}
