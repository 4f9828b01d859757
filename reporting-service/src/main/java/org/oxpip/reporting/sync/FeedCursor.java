package org.oxpip.reporting.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** How far one upstream change feed has been read, and how the last attempt went. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor extends PanacheEntityBase {

    @Id
    public String feed;

    public String cursor;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    /** A short description of the failure: never an upstream body, which could hold anything. */
    @Column(name = "last_error")
    public String lastError;

    @Version
    public int version;
}
