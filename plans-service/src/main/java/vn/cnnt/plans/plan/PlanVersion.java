package vn.cnnt.plans.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cnnt.plans.plan.api.PlanResponse;

/** An approved plan's content as it was before an amendment replaced it; never changed afterwards. */
@Entity
@IdClass(PlanVersion.Key.class)
public class PlanVersion {

    public record Key(UUID planId, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public UUID planId;

    @Id
    public int number;

    public String amendingDocument;

    public LocalDate amendedOn;

    public String rationale;

    @JdbcTypeCode(SqlTypes.JSON)
    public PlanResponse content;

    public Instant recordedAt;

    public String recordedBy;
}
