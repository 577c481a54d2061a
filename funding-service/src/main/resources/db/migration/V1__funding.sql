-- Khuyến công funding as a ledger: balances on envelopes and commitments are kept in the same transaction as
-- immutable journal entries, and the database refuses any state that breaks a money invariant.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE beneficiary (
    id                    uuid        PRIMARY KEY,
    version               bigint      NOT NULL,
    kind                  text        NOT NULL CHECK (kind IN ('ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD_BUSINESS',
                              'CLEANER_PRODUCTION_FACILITY', 'CLUSTER_DEVELOPER', 'ARTISAN')),
    name                  text        NOT NULL,
    tax_code              text        UNIQUE CHECK (tax_code ~ '^[0-9]{10}([0-9]{3})?$'),
    province_code         text        NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    current_province_code text        NOT NULL CHECK (current_province_code ~ '^[0-9]{2}$'),
    commune_code          text        CHECK (commune_code ~ '^[0-9]{5}$'),
    address               text,
    search_text           text        NOT NULL,
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL
);
CREATE INDEX beneficiary_scope ON beneficiary (current_province_code, id);
CREATE INDEX beneficiary_search ON beneficiary USING gin (search_text gin_trgm_ops);

CREATE TABLE envelope (
    id                    uuid        PRIMARY KEY,
    version               bigint      NOT NULL,
    province_code         text        NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    current_province_code text        NOT NULL CHECK (current_province_code ~ '^[0-9]{2}$'),
    plan_id               uuid,
    fiscal_year           integer     NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2100),
    source                text        NOT NULL CHECK (source IN ('NATIONAL', 'LOCAL', 'COUNTERPART', 'OTHER')),
    budget_vnd            bigint      NOT NULL CHECK (budget_vnd >= 0),
    committed_vnd         bigint      NOT NULL DEFAULT 0 CHECK (committed_vnd >= 0),
    disbursed_vnd         bigint      NOT NULL DEFAULT 0 CHECK (disbursed_vnd >= 0),
    frozen                boolean     NOT NULL DEFAULT false,
    decision_number       text,
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL,
    CONSTRAINT envelope_not_overcommitted CHECK (committed_vnd <= budget_vnd),
    CONSTRAINT envelope_not_overdisbursed CHECK (disbursed_vnd <= committed_vnd),
    CONSTRAINT envelope_one_per_plan_year_source UNIQUE (plan_id, fiscal_year, source)
);
CREATE INDEX envelope_scope ON envelope (current_province_code, fiscal_year, source);

CREATE TABLE commitment (
    id                    uuid        PRIMARY KEY,
    version               bigint      NOT NULL,
    envelope_id           uuid        NOT NULL REFERENCES envelope (id),
    current_province_code text        NOT NULL,
    plan_task_id          uuid,
    beneficiary_id        uuid        NOT NULL REFERENCES beneficiary (id),
    activity_type         text        NOT NULL,
    product_id            uuid,
    cluster_id            uuid,
    title                 text        NOT NULL,
    eligible_cost_vnd     bigint      NOT NULL CHECK (eligible_cost_vnd > 0),
    support_vnd           bigint      NOT NULL CHECK (support_vnd > 0),
    disbursed_vnd         bigint      NOT NULL DEFAULT 0 CHECK (disbursed_vnd >= 0),
    settled_vnd           bigint      CHECK (settled_vnd >= 0),
    status                text        NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'SETTLED', 'CANCELLED')),
    decision_number       text,
    decision_date         date,
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL,
    CONSTRAINT commitment_support_within_cost CHECK (support_vnd <= eligible_cost_vnd),
    CONSTRAINT commitment_not_overdisbursed CHECK (disbursed_vnd <= support_vnd),
    CONSTRAINT commitment_approved_has_decision CHECK (status IN ('PROPOSED', 'CANCELLED') OR decision_number IS NOT NULL)
);
CREATE INDEX commitment_envelope ON commitment (envelope_id);
CREATE INDEX commitment_scope ON commitment (current_province_code, id);

CREATE TABLE disbursement (
    id              uuid        PRIMARY KEY,
    commitment_id   uuid        NOT NULL REFERENCES commitment (id),
    kind            text        NOT NULL CHECK (kind IN ('ADVANCE', 'PAYMENT')),
    amount_vnd      bigint      NOT NULL CHECK (amount_vnd > 0),
    paid_on         date        NOT NULL,
    voucher         text        NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL
);
CREATE INDEX disbursement_commitment ON disbursement (commitment_id);

-- Every money movement, never updated nor deleted: the balances above are its running sums.
CREATE TABLE journal_entry (
    id              bigserial   PRIMARY KEY,
    envelope_id     uuid        NOT NULL REFERENCES envelope (id),
    commitment_id   uuid        REFERENCES commitment (id),
    kind            text        NOT NULL CHECK (kind IN ('BUDGET_OPENED', 'BUDGET_ADJUSTED', 'COMMITTED', 'COMMITMENT_RELEASED',
                        'DISBURSED', 'SETTLEMENT_RELEASED')),
    budget_delta    bigint      NOT NULL DEFAULT 0,
    committed_delta bigint      NOT NULL DEFAULT 0,
    disbursed_delta bigint      NOT NULL DEFAULT 0,
    reference       text,
    at              timestamptz NOT NULL,
    actor           text        NOT NULL
);
CREATE INDEX journal_entry_envelope ON journal_entry (envelope_id, id);
CREATE RULE journal_entry_no_update AS ON UPDATE TO journal_entry DO INSTEAD NOTHING;
CREATE RULE journal_entry_no_delete AS ON DELETE TO journal_entry DO INSTEAD NOTHING;

-- Support ceilings (TT 28/2018/TT-BTC; provinces may set local levels by HĐND resolution): data, not code.
CREATE TABLE support_ceiling (
    id              uuid        PRIMARY KEY,
    activity_type   text        NOT NULL,
    source          text,
    province_code   text,
    max_share       numeric(5, 4) NOT NULL CHECK (max_share > 0 AND max_share <= 1),
    max_amount_vnd  bigint      NOT NULL CHECK (max_amount_vnd > 0),
    effective_from  date        NOT NULL,
    effective_to    date,
    legal_basis     text        NOT NULL
);
CREATE INDEX support_ceiling_lookup ON support_ceiling (activity_type);

INSERT INTO support_ceiling VALUES
  ('6f2a0d1e-0000-4000-8000-000000000001', 'DEMONSTRATION_MODEL', NULL, NULL, 0.30, 1000000000, '2018-05-01', NULL, 'TT 28/2018/TT-BTC'),
  ('6f2a0d1e-0000-4000-8000-000000000002', 'MACHINERY_AND_TECHNOLOGY_TRANSFER', NULL, NULL, 0.50, 300000000, '2018-05-01', NULL, 'TT 28/2018/TT-BTC'),
  ('6f2a0d1e-0000-4000-8000-000000000003', 'TECHNOLOGY_LINE', NULL, NULL, 0.50, 450000000, '2018-05-01', NULL, 'TT 28/2018/TT-BTC: 1.5 × the machinery ceiling for a whole technology line');

-- Local projections of other services' events.
CREATE TABLE certified_product (
    product_id    uuid    PRIMARY KEY,
    stars         integer NOT NULL,
    status        text    NOT NULL,
    valid_until   date,
    event_version bigint  NOT NULL
);

CREATE TABLE cluster_status (
    cluster_id    uuid    PRIMARY KEY,
    status        text    NOT NULL,
    event_version bigint  NOT NULL
);
