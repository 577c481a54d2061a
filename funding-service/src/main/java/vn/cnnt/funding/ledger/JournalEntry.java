package vn.cnnt.funding.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One money movement; never updated nor deleted (the table refuses it). */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "allocation_id")
    public UUID allocationId;

    @Column(name = "project_id")
    public UUID projectId;

    public String kind;

    @Column(name = "budget_delta")
    public long budgetDelta;

    @Column(name = "committed_delta")
    public long committedDelta;

    @Column(name = "disbursed_delta")
    public long disbursedDelta;

    @Column(name = "accepted_delta")
    public long acceptedDelta;

    @Column(name = "settled_delta")
    public long settledDelta;

    @Column(name = "document_date")
    public java.time.LocalDate documentDate;

    public String reference;
    public Instant at;
    public String actor;
}
