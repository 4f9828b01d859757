package org.oxpip.outcomes.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessment's pseudonymised facts as they stand after a change (docs/feeds.md). It has no
 * room for answers, comments or reasons: free text cannot reach the feed by mistake.
 */
public record AssessmentChange(
        UUID assessmentId,
        UUID referralId,
        String instrument,
        String timepoint,
        String respondent,
        LocalDate completedOn,
        Integer total,
        String band,
        boolean deleted,
        Instant changedAt,
        Instant recordedAt) {}
