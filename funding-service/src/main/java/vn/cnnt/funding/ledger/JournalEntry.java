package vn.cnnt.funding.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One money movement; never updated nor deleted (the table refuses it). */
@Entity
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID allocationId;

    public UUID projectId;

    public String kind;

    public long budgetDelta;

    public long committedDelta;

    public long disbursedDelta;

    public long acceptedDelta;

    public long settledDelta;

    public java.time.LocalDate documentDate;

    public String reference;
    public Instant at;
    public String actor;
}
