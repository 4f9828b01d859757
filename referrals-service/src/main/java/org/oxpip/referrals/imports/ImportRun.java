package org.oxpip.referrals.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One upload being checked or committed, and, once done, its report. Never the file's content. */
@Entity
@Table(name = "import_run")
public class ImportRun extends PanacheEntityBase {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    public UUID id;

    public String sheet;

    @Column(name = "commit_wanted")
    public boolean commit;

    public String status;

    public double progress;

    public String actor;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** {@link ImportResult} as JSON. */
    public String report;
}
