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
import org.oxpip.platform.feed.FeedCursor;

/**
 * A change as stored in the feed, read-only: only {@link FeedWriter} writes it. Its place in the feed is the writing
 * transaction's id and its position (docs/decisions/0007); the position alone is unique, so it is the entity's id.
 */
@Entity
@Immutable
@Table(name = "assessment_change")
public class FeedEntry extends PanacheEntityBase {

    @Id
    public long position;

    /** The writing transaction's id (xid8), read as text: the feed is never written through this entity. */
    @Column(columnDefinition = "xid8", insertable = false, updatable = false)
    public String txid;

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
                FeedCursor.of(txid, position).toString(),
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

    /** Up to {@code count} changes after the cursor, in feed order, none at or past the oldest one in flight. */
    @SuppressWarnings("unchecked")
    static List<FeedEntry> after(FeedCursor cursor, int count) {
        return getEntityManager()
                .createNativeQuery(
                        "SELECT c.* FROM assessment_change c WHERE " + FeedCursor.PAGE_CONDITION
                                + " ORDER BY c.txid, c.position LIMIT ?3",
                        FeedEntry.class)
                .setParameter(1, cursor.txidText())
                .setParameter(2, cursor.position())
                .setParameter(3, count)
                .getResultList();
    }
}
