package org.oxpip.reporting.impact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The impact report's title block for one funding stream: words about a grant, never about a family. */
@Entity
@Table(name = "impact_settings")
public class TitleBlock extends PanacheEntityBase {

    @Id
    @Column(name = "funding_stream")
    public String fundingStream;

    @Column(name = "project_title")
    public String projectTitle;

    @Column(name = "funder_name")
    public String funderName;

    public String description;

    public String area;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
