package org.oxpip.outcomes.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.oxpip.feed.AssessmentFacts;

/** A change as stored in the feed, read-only: only {@link FeedWriter} writes it. */
@Entity
@Immutable
@Table(name = "assessment_change")
public class FeedEntry extends PanacheEntityBase {

    @Id
    public long position;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "referral_id")
    public UUID referralId;

    public String instrument;

    public String timepoint;

    public String respondent;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    public Integer total;

    public String band;

    public boolean deleted;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** This change as the feed publishes it. */
    AssessmentFacts facts() {
        return new AssessmentFacts(
                Long.toString(position),
                assessmentId,
                referralId,
                instrument,
                timepoint,
                respondent,
                completedOn,
                total,
                band,
                deleted,
                changedAt,
                recordedAt);
    }

    /** Up to {@code count} changes after the cursor, in feed order. */
    static List<FeedEntry> after(long position, int count) {
        return find("position > ?1 order by position", position)
                .range(0, count - 1)
                .list();
    }
}
