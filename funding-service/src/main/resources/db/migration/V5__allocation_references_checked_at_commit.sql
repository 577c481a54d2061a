-- A journal entry and a project that name an allocation are checked against it at commit, not at each statement.
-- Checked at once, each check takes a KEY SHARE lock on the allocation's row while the approval is still under way; on a
-- hot allocation, the approvals that wait for its conditional UPDATE all hold one, so PostgreSQL keeps the row's lockers
-- in a multixact that every new one copies and extends. At commit the transaction already holds the row's own lock
-- (the conditional UPDATE is its last statement), and the check takes none. Allocations are never deleted, and every
-- allocation id written was read from its row first: the check still guards the references, only later.
ALTER TABLE journal_entry ALTER CONSTRAINT journal_entry_envelope_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE project ALTER CONSTRAINT commitment_envelope_id_fkey DEFERRABLE INITIALLY DEFERRED;
