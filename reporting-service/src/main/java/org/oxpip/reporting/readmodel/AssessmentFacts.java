package org.oxpip.reporting.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One item of outcomes-service's change feed: an assessment's facts after a change (docs/feeds.md).
 * {@code recordedAt} (when first recorded) may be absent from a feed that does not send it yet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssessmentFacts(
        String position,
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
        Instant recordedAt)
        implements FeedItem {

    @Override
    public Optional<String> breach() {
        return FeedItemChecks.first(
                FeedItemChecks.required("assessmentId", assessmentId),
                FeedItemChecks.required("referralId", referralId),
                FeedItemChecks.required("instrument", instrument),
                FeedItemChecks.required("timepoint", timepoint),
                FeedItemChecks.required("respondent", respondent),
                FeedItemChecks.required("completedOn", completedOn),
                FeedItemChecks.required("changedAt", changedAt),
                FeedItemChecks.label("band", band));
    }
}
