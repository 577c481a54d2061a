package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.cnnt.funding.ledger.JournalEntry;
import vn.cnnt.funding.ledger.repository.LedgerRepository;
import vn.cnnt.kit.security.Caller;

/** Writes journal entries; every balance change goes through here in the same transaction. */
@ApplicationScoped
public class Journal {

    /** The deltas of one entry, in đồng. */
    public record Deltas(long allocated, long committed, long disbursed, long accepted, long settled) {
        public static Deltas allocated(long v) {
            return new Deltas(v, 0, 0, 0, 0);
        }

        public static Deltas committed(long v) {
            return new Deltas(0, v, 0, 0, 0);
        }

        public static Deltas disbursed(long v) {
            return new Deltas(0, 0, v, 0, 0);
        }

        public static Deltas accepted(long v) {
            return new Deltas(0, 0, 0, v, 0);
        }
    }

    private final LedgerRepository ledger;
    private final Caller caller;

    Journal(LedgerRepository ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    public void record(
            UUID allocationId, UUID projectId, String kind, Deltas d, String reference, LocalDate documentDate) {
        JournalEntry entry = new JournalEntry();
        entry.allocationId = allocationId;
        entry.projectId = projectId;
        entry.kind = kind;
        entry.budgetDelta = d.allocated();
        entry.committedDelta = d.committed();
        entry.disbursedDelta = d.disbursed();
        entry.acceptedDelta = d.accepted();
        entry.settledDelta = d.settled();
        entry.reference = reference;
        entry.documentDate = documentDate;
        entry.at = Instant.now();
        entry.actor = actor();
        ledger.add(entry);
    }

    /** Events consumed from Kafka have no caller. */
    private String actor() {
        try {
            return caller.id();
        } catch (RuntimeException noRequest) {
            return "system";
        }
    }
}
