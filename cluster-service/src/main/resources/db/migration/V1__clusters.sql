-- Industrial clusters (cụm công nghiệp, CCN) under Decree 32/2024/NĐ-CP.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE industrial_cluster (
    id                     uuid          PRIMARY KEY,
    version                bigint        NOT NULL,
    name                   text          NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    province_code          text          NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    current_province_code  text          NOT NULL CHECK (current_province_code ~ '^[0-9]{2}$'),
    district_code          text          CHECK (district_code ~ '^[0-9]{3}$'),
    commune_code           text          CHECK (commune_code ~ '^[0-9]{5}$'),
    craft_village          boolean       NOT NULL,
    mountainous            boolean       NOT NULL,
    planned_industries     text[]        NOT NULL,
    total_area_ha          numeric(7, 2) NOT NULL CHECK (total_area_ha > 0),
    industrial_land_ha     numeric(7, 2) NOT NULL CHECK (industrial_land_ha > 0),
    -- Maintained under a row lock by every tenant admission and departure; occupancy is derived from it.
    leased_ha              numeric(7, 2) NOT NULL DEFAULT 0 CHECK (leased_ha >= 0),
    developer_kind         text          CHECK (developer_kind IN ('ENTERPRISE', 'COOPERATIVE', 'PUBLIC_BODY')),
    developer_name         text,
    developer_tax_code     text          CHECK (developer_tax_code ~ '^[0-9]{10}([0-9]{3})?$'),
    total_investment_vnd   bigint        CHECK (total_investment_vnd >= 0),
    state_support_vnd      bigint        NOT NULL DEFAULT 0 CHECK (state_support_vnd >= 0),
    shared_infrastructure_completed_on date,
    status                 text          NOT NULL CHECK (status IN
                               ('IN_PLAN', 'ESTABLISHED', 'UNDER_CONSTRUCTION', 'OPERATING', 'EXPANDED', 'WITHDRAWN')),
    search_text            text          NOT NULL,
    created_at             timestamptz   NOT NULL,
    created_by             text          NOT NULL,
    updated_at             timestamptz   NOT NULL,
    CONSTRAINT industrial_land_within_total_area CHECK (industrial_land_ha <= total_area_ha),
    CONSTRAINT leased_within_industrial_land CHECK (leased_ha <= industrial_land_ha),
    CONSTRAINT developer_named_with_kind CHECK ((developer_kind IS NULL) = (developer_name IS NULL)),
    CONSTRAINT cluster_name_unique_in_province UNIQUE (province_code, name)
);
CREATE INDEX industrial_cluster_province ON industrial_cluster (current_province_code, id);
CREATE INDEX industrial_cluster_province_status ON industrial_cluster (current_province_code, status, id);
CREATE INDEX industrial_cluster_area ON industrial_cluster (current_province_code, commune_code) WHERE status <> 'WITHDRAWN';
CREATE INDEX industrial_cluster_search ON industrial_cluster USING gin (search_text gin_trgm_ops);

-- Every legal decision of a cluster's lifecycle with the areas it left; reports read status and areas at a
-- cut-off date from here.
CREATE TABLE cluster_decision (
    id                 bigserial     PRIMARY KEY,
    cluster_id         uuid          NOT NULL REFERENCES industrial_cluster (id),
    status             text          NOT NULL CHECK (status IN
                           ('IN_PLAN', 'ESTABLISHED', 'UNDER_CONSTRUCTION', 'OPERATING', 'EXPANDED', 'WITHDRAWN')),
    decision_number    text          NOT NULL CHECK (length(decision_number) BETWEEN 1 AND 60),
    decision_date      date          NOT NULL,
    note               text,
    total_area_ha      numeric(7, 2) NOT NULL CHECK (total_area_ha > 0),
    industrial_land_ha numeric(7, 2) NOT NULL CHECK (industrial_land_ha > 0 AND industrial_land_ha <= total_area_ha),
    recorded_at        timestamptz   NOT NULL,
    recorded_by        text          NOT NULL
);
CREATE INDEX cluster_decision_cluster ON cluster_decision (cluster_id, decision_date, id);

-- Secondary investors (nhà đầu tư thứ cấp) leasing industrial land.
CREATE TABLE cluster_tenant (
    id                     uuid          PRIMARY KEY,
    version                bigint        NOT NULL,
    cluster_id             uuid          NOT NULL REFERENCES industrial_cluster (id),
    investor_name          text          NOT NULL CHECK (length(investor_name) BETWEEN 1 AND 200),
    investor_tax_code      text          CHECK (investor_tax_code ~ '^[0-9]{10}([0-9]{3})?$'),
    project_name           text          NOT NULL CHECK (length(project_name) BETWEEN 1 AND 300),
    industry               text          NOT NULL CHECK (length(industry) BETWEEN 1 AND 200),
    leased_ha              numeric(7, 2) NOT NULL CHECK (leased_ha > 0),
    registered_capital_vnd bigint        NOT NULL CHECK (registered_capital_vnd >= 0),
    jobs                   integer       NOT NULL CHECK (jobs >= 0),
    lease_start            date          NOT NULL,
    lease_end              date,
    status                 text          NOT NULL CHECK (status IN ('ACTIVE', 'LEFT')),
    left_on                date,
    created_at             timestamptz   NOT NULL,
    created_by             text          NOT NULL,
    CONSTRAINT lease_ends_after_start CHECK (lease_end IS NULL OR lease_end > lease_start),
    CONSTRAINT left_on_only_when_left CHECK ((status = 'LEFT') = (left_on IS NOT NULL)),
    CONSTRAINT left_after_start CHECK (left_on IS NULL OR left_on >= lease_start)
);
CREATE INDEX cluster_tenant_cluster ON cluster_tenant (cluster_id, id);
CREATE INDEX cluster_tenant_lease ON cluster_tenant (cluster_id, lease_start, left_on);

-- State budget support received for infrastructure, one row per funding commitment (idempotent).
CREATE TABLE cluster_state_support (
    commitment_id   uuid        PRIMARY KEY,
    cluster_id      uuid        NOT NULL REFERENCES industrial_cluster (id),
    amount_vnd      bigint      NOT NULL CHECK (amount_vnd > 0),
    source_event_id text        NOT NULL,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX cluster_state_support_cluster ON cluster_state_support (cluster_id);
