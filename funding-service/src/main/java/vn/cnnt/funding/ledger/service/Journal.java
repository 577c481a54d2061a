package vn.cnnt.funding.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import vn.cnnt.funding.ledger.JournalEntry;
import vn.cnnt.funding.ledger.repository.LedgerRepository;
import vn.cnnt.kit.security.Caller;

/** Writes journal entries; every balance change goes through here in the same transaction. */
@ApplicationScoped
public class Journal {

    private final LedgerRepository ledger;
    private final Caller caller;

    Journal(LedgerRepository ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    public void record(
            UUID envelopeId,
            UUID commitmentId,
            String kind,
            long budget,
            long committed,
            long disbursed,
            String reference) {
        JournalEntry entry = new JournalEntry();
        entry.envelopeId = envelopeId;
        entry.commitmentId = commitmentId;
        entry.kind = kind;
        entry.budgetDelta = budget;
        entry.committedDelta = committed;
        entry.disbursedDelta = disbursed;
        entry.reference = reference;
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
