package org.oxpip.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oxpip.feed.AssessmentFacts;
import org.oxpip.outcomes.assessment.Assessment;

/**
 * One generated family (one referral, one episode): its assessments as outcomes-service holds them now (deleted
 * and corrected ones included, as they stand after the last change), and every snapshot its feed published, in
 * the order published. Each family's episode closes on a day of its own, so a report over that day counts it
 * alone.
 *
 * @param closed whether the episode was closed (on {@code day}); an open one is in no outcome figure
 * @param series the score series (instrument and respondent) it has, deleted scores left out
 */
record Family(
        int number,
        UUID referralId,
        LocalDate day,
        boolean closed,
        String fundingStream,
        List<Assessment> assessments,
        List<AssessmentFacts> feed,
        int series) {}
