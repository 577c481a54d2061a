package vn.cnnt.plans.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cnnt.plans.plan.api.PlanResponse;

/** An approved plan's content as it was before an amendment replaced it; never changed afterwards. */
@Entity
@Table(name = "plan_version")
@IdClass(PlanVersion.Key.class)
public class PlanVersion {

    public record Key(UUID planId, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    public int number;

    @Column(name = "amending_document")
    public String amendingDocument;

    @Column(name = "amended_on")
    public LocalDate amendedOn;

    public String rationale;

    @JdbcTypeCode(SqlTypes.JSON)
    public PlanResponse content;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
