-- Issue 13: money as it really moves. A plan's funding table is an estimate (plan_estimate), never spendable money;
-- spendable money is an allocation (dự toán được giao: the former envelope) decided by the ministry (NATIONAL) or the
-- province (LOCAL); it is spent through projects (đề án khuyến công: the former commitment), whose money side keeps
-- the former commitments' balances, disbursements and journal.

ALTER TABLE envelope RENAME TO allocation;
ALTER TABLE allocation RENAME COLUMN budget_vnd TO allocated_vnd;
ALTER TABLE allocation
    ADD COLUMN decision_date date,
    ADD COLUMN decided_by text CHECK (decided_by IN ('MINISTRY', 'PROVINCE')),
    -- DECISION: allocated by a decision; PLAN_LEGACY: opened from a plan's funding table before issue 13.
    ADD COLUMN origin text NOT NULL DEFAULT 'DECISION' CHECK (origin IN ('DECISION', 'PLAN_LEGACY')),
    ADD CONSTRAINT allocation_amounts_bounded CHECK (allocated_vnd <= 1000000000000000);
UPDATE allocation SET origin = 'PLAN_LEGACY' WHERE created_by = 'plans-service';
UPDATE allocation SET decision_date = CAST(created_at AS date),
    decided_by = CASE source WHEN 'NATIONAL' THEN 'MINISTRY' ELSE 'PROVINCE' END;
-- A plan's funding table was never money: legacy envelopes nobody drew on are no longer spendable.
UPDATE allocation a SET frozen = true
WHERE a.origin = 'PLAN_LEGACY' AND a.committed_vnd = 0;
ALTER TABLE allocation ALTER COLUMN decision_date SET NOT NULL, ALTER COLUMN decided_by SET NOT NULL;
-- New allocations are public money only; the legacy counterpart and other envelopes stay readable, frozen.
UPDATE allocation SET frozen = true WHERE source IN ('COUNTERPART', 'OTHER') AND committed_vnd = 0;
ALTER TABLE allocation ADD CONSTRAINT allocation_public_source
    CHECK (source IN ('NATIONAL', 'LOCAL') OR origin = 'PLAN_LEGACY' OR frozen);
CREATE INDEX allocation_plan_year ON allocation (plan_id, fiscal_year) WHERE plan_id IS NOT NULL;

ALTER TABLE commitment RENAME TO project;
ALTER TABLE project RENAME COLUMN envelope_id TO allocation_id;
ALTER TABLE project RENAME COLUMN eligible_cost_vnd TO total_cost_vnd;
ALTER TABLE disbursement RENAME COLUMN commitment_id TO project_id;
ALTER TABLE journal_entry RENAME COLUMN envelope_id TO allocation_id;
ALTER TABLE journal_entry RENAME COLUMN commitment_id TO project_id;

ALTER TABLE project
    DROP CONSTRAINT commitment_status_check,
    DROP CONSTRAINT commitment_paid_only_when_approved,
    DROP CONSTRAINT commitment_settled_at_paid,
    DROP CONSTRAINT commitment_approved_has_decision,
    DROP CONSTRAINT commitment_support_within_cost,
    ALTER COLUMN allocation_id DROP NOT NULL,
    ADD COLUMN province_code text,
    ADD COLUMN plan_id uuid,
    ADD COLUMN source text,
    ADD COLUMN fiscal_year integer,
    ADD COLUMN requested_year integer,
    ADD COLUMN registered_on date,
    ADD COLUMN counterpart_vnd bigint NOT NULL DEFAULT 0 CHECK (counterpart_vnd >= 0),
    ADD COLUMN other_vnd bigint NOT NULL DEFAULT 0 CHECK (other_vnd >= 0),
    ADD COLUMN accepted_vnd bigint NOT NULL DEFAULT 0 CHECK (accepted_vnd >= 0),
    ADD COLUMN implementing_unit text,
    ADD COLUMN content text,
    ADD COLUMN place text,
    ADD COLUMN starts_on date,
    ADD COLUMN ends_on date,
    ADD COLUMN expected_outputs text,
    ADD COLUMN delivered_outputs text,
    ADD COLUMN centrally_appraised boolean NOT NULL DEFAULT false;

-- The former commitments become the money side of projects: the cost they named is the total, the part not supported
-- was the beneficiary's counterpart; PROPOSED is a registration, an APPROVED one already paid is in progress, and a
-- settled one was accepted at what was settled.
UPDATE project p SET province_code = a.province_code, plan_id = a.plan_id, source = a.source, fiscal_year = a.fiscal_year,
    requested_year = a.fiscal_year, registered_on = CAST(p.created_at AS date),
    counterpart_vnd = p.total_cost_vnd - p.support_vnd, implementing_unit = p.title, content = p.title,
    accepted_vnd = COALESCE(p.settled_vnd, 0),
    centrally_appraised = (a.source = 'NATIONAL' AND p.status IN ('APPROVED', 'SETTLED')),
    status = CASE
        WHEN p.status = 'PROPOSED' THEN 'REGISTERED'
        WHEN p.status = 'APPROVED' AND p.disbursed_vnd > 0 THEN 'IN_PROGRESS'
        ELSE p.status END
FROM allocation a WHERE a.id = p.allocation_id;
UPDATE project SET allocation_id = NULL WHERE status = 'REGISTERED';
-- Accepted and settled amounts are stages of the ledger too: the migrated settlements get their entries.
ALTER TABLE journal_entry
    ADD COLUMN accepted_delta bigint NOT NULL DEFAULT 0,
    ADD COLUMN settled_delta bigint NOT NULL DEFAULT 0,
    ADD COLUMN document_date date,
    DROP CONSTRAINT journal_entry_kind_check,
    ADD CONSTRAINT journal_entry_kind CHECK (kind IN ('BUDGET_OPENED', 'BUDGET_ADJUSTED', 'COMMITTED', 'COMMITMENT_RELEASED',
        'DISBURSED', 'SETTLEMENT_RELEASED', 'ACCEPTED', 'SETTLED', 'MIGRATED_ACCEPTANCE')),
    DROP CONSTRAINT journal_entry_moves_money,
    ADD CONSTRAINT journal_entry_moves_money CHECK (budget_delta <> 0 OR committed_delta <> 0 OR disbursed_delta <> 0
        OR accepted_delta <> 0 OR settled_delta <> 0);
INSERT INTO journal_entry (allocation_id, project_id, kind, accepted_delta, settled_delta, reference, at, actor)
SELECT allocation_id, id, 'MIGRATED_ACCEPTANCE', settled_vnd, settled_vnd, 'V3 migration', now(), 'migration'
FROM project WHERE status = 'SETTLED' AND settled_vnd > 0;

ALTER TABLE project
    ALTER COLUMN province_code SET NOT NULL,
    ALTER COLUMN source SET NOT NULL,
    ALTER COLUMN fiscal_year SET NOT NULL,
    ALTER COLUMN requested_year SET NOT NULL,
    ALTER COLUMN registered_on SET NOT NULL,
    ALTER COLUMN implementing_unit SET NOT NULL,
    ALTER COLUMN content SET NOT NULL,
    ADD CONSTRAINT project_status CHECK (status IN ('REGISTERED', 'APPRAISED', 'APPROVED', 'CONTRACTED', 'IN_PROGRESS',
        'ACCEPTED', 'SETTLED', 'REJECTED', 'WITHDRAWN', 'CANCELLED')),
    ADD CONSTRAINT project_source CHECK (source IN ('NATIONAL', 'LOCAL', 'COUNTERPART', 'OTHER')),
    ADD CONSTRAINT project_years CHECK (fiscal_year BETWEEN 1990 AND 2100 AND requested_year <= fiscal_year),
    -- Its budget lines add up: support (public) + counterpart + other = total cost.
    ADD CONSTRAINT project_lines_add_up CHECK (support_vnd + counterpart_vnd + other_vnd = total_cost_vnd),
    ADD CONSTRAINT project_amounts_bounded CHECK (total_cost_vnd <= 1000000000000000),
    -- Spending needs an allocation; nothing is paid before the contract, nor accepted above what is committed.
    ADD CONSTRAINT project_approved_on_allocation CHECK (status IN ('REGISTERED', 'APPRAISED', 'REJECTED', 'WITHDRAWN')
        OR allocation_id IS NOT NULL),
    ADD CONSTRAINT project_paid_only_when_running CHECK (status IN ('IN_PROGRESS', 'ACCEPTED', 'SETTLED') OR disbursed_vnd = 0),
    ADD CONSTRAINT project_accepted_within_support CHECK (accepted_vnd <= support_vnd),
    ADD CONSTRAINT project_accepted_covers_paid CHECK (status NOT IN ('ACCEPTED', 'SETTLED') OR disbursed_vnd <= accepted_vnd),
    ADD CONSTRAINT project_accepted_only_when_accepted CHECK (status IN ('ACCEPTED', 'SETTLED') OR accepted_vnd = 0),
    -- A settled project is closed at exactly what was paid, never above what was accepted.
    ADD CONSTRAINT project_settled_at_paid CHECK ((status = 'SETTLED') = (settled_vnd IS NOT NULL)
        AND (settled_vnd IS NULL OR (settled_vnd = disbursed_vnd AND settled_vnd <= accepted_vnd)));
CREATE INDEX project_allocation ON project (allocation_id, id);
CREATE INDEX project_national_registrations ON project (source, fiscal_year, current_province_code) WHERE status <> 'WITHDRAWN';
DROP INDEX commitment_beneficiary_activity;
CREATE INDEX project_beneficiary_year ON project (beneficiary_id, fiscal_year)
    WHERE status IN ('APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED');

-- Each step of a project: its document, its date and who decided (immutable, like the journal).
CREATE TABLE project_step (
    id              bigserial   PRIMARY KEY,
    project_id      uuid        NOT NULL REFERENCES project (id),
    step            text        NOT NULL CHECK (step IN ('REGISTERED', 'APPRAISED', 'CENTRALLY_APPRAISED', 'APPROVED',
                        'CONTRACTED', 'DISBURSED', 'ACCEPTED', 'SETTLED', 'REJECTED', 'WITHDRAWN', 'CANCELLED')),
    status_after    text        NOT NULL,
    document_number text        NOT NULL,
    document_date   date        NOT NULL,
    decided_by      text        NOT NULL,
    role            text        NOT NULL,
    amount_vnd      bigint      NOT NULL DEFAULT 0 CHECK (amount_vnd >= 0),
    note            text,
    at              timestamptz NOT NULL
);
CREATE INDEX project_step_project ON project_step (project_id, id);
CREATE TRIGGER project_step_immutable BEFORE UPDATE OR DELETE ON project_step
    FOR EACH ROW EXECUTE FUNCTION journal_entry_immutable();

-- Estimates (dự kiến) from plans' events: per source and per year, or for the whole period (year NULL).
CREATE TABLE plan_estimate (
    plan_id               uuid        PRIMARY KEY,
    plan_version          bigint      NOT NULL,
    province_code         text        NOT NULL,
    current_province_code text        NOT NULL,
    document_number       text,
    status                text        NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    recorded_at           timestamptz NOT NULL
);
CREATE TABLE plan_estimate_line (
    id           bigserial PRIMARY KEY,
    plan_id      uuid      NOT NULL REFERENCES plan_estimate (plan_id),
    task_id      uuid,
    source       text      NOT NULL CHECK (source IN ('NATIONAL', 'LOCAL', 'COUNTERPART', 'OTHER')),
    fiscal_year  integer   CHECK (fiscal_year BETWEEN 1990 AND 2100),
    from_year    integer,
    to_year      integer,
    amount_vnd   bigint    NOT NULL CHECK (amount_vnd >= 0 AND amount_vnd <= 1000000000000000)
);
CREATE INDEX plan_estimate_line_plan ON plan_estimate_line (plan_id);

-- Ceilings: a province may require a minimum counterpart share for an activity; loaded by an administrator.
ALTER TABLE support_ceiling
    ADD COLUMN min_counterpart_share numeric(5, 4) CHECK (min_counterpart_share >= 0 AND min_counterpart_share < 1),
    ADD COLUMN created_by text NOT NULL DEFAULT 'migration',
    ADD CONSTRAINT support_ceiling_public_source CHECK (source IS NULL OR source IN ('NATIONAL', 'LOCAL'));
UPDATE support_ceiling SET legal_basis = 'TT 28/2018/TT-BTC Art. 8(4): one machinery activity, its cap raised to 1.5 × for a whole technology line'
WHERE activity_type = 'TECHNOLOGY_LINE';
