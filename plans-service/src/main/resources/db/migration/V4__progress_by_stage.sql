-- Issue 13 (plans side): progress shows money per stage (estimate, allocated, committed, disbursed, accepted, settled)
-- per task and source, from funding-service's allocation and project events. A project is the former commitment
-- (funding-service keeps its id), so the commitments recorded so far become projects here too.

CREATE TABLE plan_project (
    project_id     uuid    PRIMARY KEY,
    plan_id        uuid    NOT NULL,
    task_id        uuid,
    source         text    NOT NULL CHECK (source IN ('NATIONAL', 'LOCAL')),
    year           integer,
    status         text    NOT NULL,
    committed_vnd  bigint  NOT NULL CHECK (committed_vnd BETWEEN 0 AND 1000000000000000),
    disbursed_vnd  bigint  NOT NULL CHECK (disbursed_vnd BETWEEN 0 AND 1000000000000000),
    accepted_vnd   bigint  NOT NULL CHECK (accepted_vnd BETWEEN 0 AND 1000000000000000),
    settled_vnd    bigint  NOT NULL CHECK (settled_vnd BETWEEN 0 AND 1000000000000000),
    counterpart_vnd bigint NOT NULL CHECK (counterpart_vnd BETWEEN 0 AND 1000000000000000),
    other_vnd      bigint  NOT NULL CHECK (other_vnd BETWEEN 0 AND 1000000000000000),
    event_version  bigint  NOT NULL
);
CREATE INDEX plan_project_plan ON plan_project (plan_id, task_id, source)
    INCLUDE (committed_vnd, disbursed_vnd, accepted_vnd, settled_vnd, counterpart_vnd, other_vnd);

CREATE TABLE plan_allocation (
    allocation_id uuid    PRIMARY KEY,
    plan_id       uuid    NOT NULL,
    source        text    NOT NULL CHECK (source IN ('NATIONAL', 'LOCAL')),
    year          integer NOT NULL,
    allocated_vnd bigint  NOT NULL CHECK (allocated_vnd BETWEEN 0 AND 1000000000000000),
    event_version bigint  NOT NULL
);
CREATE INDEX plan_allocation_plan ON plan_allocation (plan_id, source) INCLUDE (allocated_vnd);

-- The commitments so far: public sources only (counterpart was never public money); a settled one was accepted and
-- settled at what it committed.
INSERT INTO plan_project (project_id, plan_id, task_id, source, year, status, committed_vnd, disbursed_vnd,
                          accepted_vnd, settled_vnd, counterpart_vnd, other_vnd, event_version)
SELECT commitment_id, plan_id, task_id, source, year,
       CASE status WHEN 'SETTLED' THEN 'SETTLED' WHEN 'CANCELLED' THEN 'CANCELLED' ELSE 'APPROVED' END,
       CASE WHEN status = 'CANCELLED' THEN 0 ELSE committed_vnd END,
       disbursed_vnd,
       CASE WHEN status = 'SETTLED' THEN committed_vnd ELSE 0 END,
       CASE WHEN status = 'SETTLED' THEN committed_vnd ELSE 0 END,
       0, 0, event_version
FROM plan_commitment WHERE source IN ('NATIONAL', 'LOCAL');

-- certified_product (one row per product, with its current province only) is no longer read: OCOP targets count
-- ocop_certificate, which an idempotent replay of ocop.events.v1 fills. It is kept, not dropped, until that replay.
DROP TABLE plan_commitment;
