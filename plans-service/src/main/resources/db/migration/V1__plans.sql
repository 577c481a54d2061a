-- Plans, schemes and programmes (kế hoạch, đề án, chương trình) with their tasks and funding tables.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE plan (
    id                    uuid        PRIMARY KEY,
    version               bigint      NOT NULL,
    kind                  text        NOT NULL CHECK (kind IN ('PROGRAMME', 'SCHEME', 'PLAN')),
    title                 text        NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    province_code         text        NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    current_province_code text        NOT NULL CHECK (current_province_code ~ '^[0-9]{2}$'),
    document_number       text        NOT NULL,
    document_seq          integer     NOT NULL CHECK (document_seq > 0),
    document_year         integer     NOT NULL,
    document_type         text        NOT NULL,
    document_issuer       text        NOT NULL,
    issuing_authority     text        NOT NULL,
    signer                text,
    issued_on             date        NOT NULL,
    effective_on          date,
    period_from           integer     NOT NULL CHECK (period_from BETWEEN 1990 AND 2100),
    period_to             integer     NOT NULL CHECK (period_to BETWEEN 1990 AND 2100),
    legal_bases           jsonb       NOT NULL DEFAULT '[]',
    parent_id             uuid        REFERENCES plan (id),
    purposes              text,
    status                text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'COMPLETED', 'CANCELLED')),
    amendment_count       integer     NOT NULL DEFAULT 0,
    search_text           text        NOT NULL,
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL,
    updated_at            timestamptz NOT NULL,
    updated_by            text        NOT NULL,
    CONSTRAINT plan_period_ordered CHECK (period_to >= period_from),
    CONSTRAINT plan_effective_after_issue CHECK (effective_on IS NULL OR effective_on >= issued_on),
    -- Document numbers restart every year: a number is unique only with its issuer (of that province) and year.
    CONSTRAINT plan_document_unique UNIQUE (province_code, document_issuer, document_year, document_type, document_seq)
);
CREATE INDEX plan_scope_order ON plan (current_province_code, issued_on DESC, id DESC);
CREATE INDEX plan_order ON plan (issued_on DESC, id DESC);
CREATE INDEX plan_status ON plan (status);
CREATE INDEX plan_document_number ON plan (document_number);
CREATE INDEX plan_search ON plan USING gin (search_text gin_trgm_ops);

CREATE TABLE plan_task (
    id                    uuid    PRIMARY KEY,
    plan_id               uuid    NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position              integer NOT NULL,
    code                  text    NOT NULL,
    title                 text    NOT NULL,
    description           text,
    category              text    NOT NULL CHECK (category IN ('CLUSTER_INFRASTRUCTURE', 'RAW_MATERIALS', 'PRODUCT_DEVELOPMENT',
                              'OCOP', 'TRADE_PROMOTION', 'TRAINING', 'TECHNOLOGY_AND_MACHINERY', 'CLEANER_PRODUCTION',
                              'COMMUNICATION', 'OTHER')),
    lead_agency           text    NOT NULL,
    coordinating_agencies jsonb   NOT NULL DEFAULT '[]',
    targets               jsonb   NOT NULL DEFAULT '[]',
    CONSTRAINT plan_task_code_unique UNIQUE (plan_id, code)
);

CREATE TABLE plan_funding_line (
    id         uuid    PRIMARY KEY,
    plan_id    uuid    NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    year       integer NOT NULL,
    source     text    NOT NULL CHECK (source IN ('NATIONAL', 'LOCAL', 'COUNTERPART', 'OTHER')),
    task_id    uuid    REFERENCES plan_task (id),
    amount_vnd bigint  NOT NULL CHECK (amount_vnd > 0)
);
CREATE INDEX plan_funding_line_plan ON plan_funding_line (plan_id);

-- Approved content is never overwritten: each amendment keeps the version it replaced.
CREATE TABLE plan_version (
    plan_id           uuid        NOT NULL REFERENCES plan (id),
    number            integer     NOT NULL,
    amending_document text,
    amended_on        date,
    rationale         text,
    content           jsonb       NOT NULL,
    recorded_at       timestamptz NOT NULL,
    recorded_by       text        NOT NULL,
    PRIMARY KEY (plan_id, number)
);

-- Progress read model, fed by funding and OCOP events.
CREATE TABLE plan_commitment (
    commitment_id uuid    PRIMARY KEY,
    plan_id       uuid    NOT NULL,
    task_id       uuid,
    source        text    NOT NULL,
    year          integer,
    status        text    NOT NULL,
    committed_vnd bigint  NOT NULL CHECK (committed_vnd >= 0),
    disbursed_vnd bigint  NOT NULL CHECK (disbursed_vnd >= 0),
    event_version bigint  NOT NULL
);
CREATE INDEX plan_commitment_plan ON plan_commitment (plan_id);

CREATE TABLE certified_product (
    product_id            uuid    PRIMARY KEY,
    current_province_code text    NOT NULL,
    stars                 integer NOT NULL,
    status                text    NOT NULL,
    decision_date         date    NOT NULL,
    event_version         bigint  NOT NULL
);
CREATE INDEX certified_product_province ON certified_product (current_province_code, decision_date);
