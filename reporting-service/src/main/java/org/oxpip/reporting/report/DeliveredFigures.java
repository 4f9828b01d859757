package org.oxpip.reporting.report;

/**
 * The exact sessions, families seen and completed courses of one period, before any disclosure control.
 *
 * @param offered sessions dated in the period, less those the service cancelled
 * @param attended sessions the family attended
 * @param notAttended sessions the family missed without notice (did not attend)
 * @param familiesSeen families with at least one attended session in the period
 * @param episodesClosed episodes closed in the period: the episodes the two statistics are over
 * @param completedCourse episodes closed with at least {@link #COURSE} attended sessions
 * @param medianSessions median attended sessions per episode closed; null when none closed
 * @param meanSessions mean attended sessions per episode closed; null when none closed
 */
public record DeliveredFigures(
        long offered,
        long attended,
        long notAttended,
        long familiesSeen,
        long episodesClosed,
        long completedCourse,
        Double medianSessions,
        Double meanSessions) {

    /** The attended sessions that make a completed course (README, "Report definitions"). */
    public static final int COURSE = 2;
}
