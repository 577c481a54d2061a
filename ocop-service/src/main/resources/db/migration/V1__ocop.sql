-- OCOP (Chương trình mỗi xã một sản phẩm): classification, legal regimes, criteria sets, producers, products,
-- council evaluations and star certificates.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The legal regimes an evaluation is scored under, chosen by its decision date (never overlapping).
CREATE TABLE ocop_regime (
    code           text     PRIMARY KEY,
    legal_basis    text     NOT NULL,
    effective_from date     NOT NULL,
    effective_to   date,
    part_a_max     integer  NOT NULL CHECK (part_a_max > 0),
    part_b_max     integer  NOT NULL CHECK (part_b_max > 0),
    part_c_max     integer  NOT NULL CHECK (part_c_max > 0),
    CHECK (part_a_max + part_b_max + part_c_max = 100),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- Star bands (hạng sao) of a regime: a score s earns the highest band whose min_score <= s.
CREATE TABLE ocop_star_band (
    regime_code text         NOT NULL REFERENCES ocop_regime (code),
    stars       integer      NOT NULL CHECK (stars BETWEEN 1 AND 5),
    min_score   numeric(5,2) NOT NULL CHECK (min_score BETWEEN 0 AND 100),
    PRIMARY KEY (regime_code, stars),
    UNIQUE (regime_code, min_score)
);

-- Which council level (cấp đánh giá) may recognise which stars under a regime; a level without a row does
-- not exist in that regime (the district level ends on 06/07/2025).
CREATE TABLE ocop_recognition_rule (
    regime_code   text     NOT NULL REFERENCES ocop_regime (code),
    council_level text     NOT NULL CHECK (council_level IN ('DISTRICT', 'PROVINCIAL', 'CENTRAL')),
    min_stars     integer  NOT NULL CHECK (min_stars BETWEEN 3 AND 5),
    max_stars     integer  NOT NULL CHECK (max_stars BETWEEN 3 AND 5),
    PRIMARY KEY (regime_code, council_level),
    CHECK (min_stars <= max_stars)
);

-- The 26 criteria-set categories (bộ sản phẩm) of Annex I: sector (ngành) → group (nhóm) → set, with the lead
-- ministries (Bộ chủ trì).
CREATE TABLE ocop_category (
    code            text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    sector_code     text NOT NULL CHECK (sector_code IN ('I', 'II', 'III', 'IV', 'V', 'VI')),
    sector_name     text NOT NULL,
    group_name      text NOT NULL,
    set_name        text,
    lead_ministries text NOT NULL
);

-- A scoring sheet (phiếu đánh giá) of one category under one regime; versions are replaced by newer ones.
CREATE TABLE ocop_criteria_set (
    id            uuid        PRIMARY KEY,
    category_code text        NOT NULL REFERENCES ocop_category (code),
    regime_code   text        NOT NULL REFERENCES ocop_regime (code),
    sheet_version integer     NOT NULL CHECK (sheet_version > 0),
    name          text        NOT NULL,
    sheet         jsonb       NOT NULL,
    created_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    UNIQUE (category_code, regime_code, sheet_version)
);

CREATE TABLE ocop_producer (
    id                    uuid        PRIMARY KEY,
    name                  text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    kind                  text        NOT NULL CHECK (kind IN ('ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD_BUSINESS')),
    tax_code              text        UNIQUE CHECK (tax_code ~ '^[0-9]{10}([0-9]{3})?$'),
    province_code         text        NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    current_province_code text        NOT NULL CHECK (current_province_code ~ '^[0-9]{2}$'),
    commune_code          text        CHECK (commune_code ~ '^[0-9]{5}$'),
    registered_on         date        NOT NULL,
    search_text           text        NOT NULL,
    created_at            timestamptz NOT NULL,
    version               bigint      NOT NULL
);
CREATE INDEX ocop_producer_province ON ocop_producer (current_province_code, id);
CREATE INDEX ocop_producer_search ON ocop_producer USING gin (search_text gin_trgm_ops);

-- A product carries the stars and status of its latest certificate so lists filter without a join.
CREATE TABLE ocop_product (
    id                       uuid        PRIMARY KEY,
    name                     text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    producer_id              uuid        NOT NULL REFERENCES ocop_producer (id),
    category_code            text        NOT NULL REFERENCES ocop_category (code),
    province_code            text        NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    current_province_code    text        NOT NULL CHECK (current_province_code ~ '^[0-9]{2}$'),
    commune_code             text        CHECK (commune_code ~ '^[0-9]{5}$'),
    registered_on            date        NOT NULL,
    description              text        CHECK (length(description) <= 4000),
    stars                    integer     CHECK (stars BETWEEN 3 AND 5),
    certificate_status       text        CHECK (certificate_status IN ('VALID', 'EXPIRED', 'REVOKED')),
    certificate_valid_until  date,
    search_text              text        NOT NULL,
    created_at               timestamptz NOT NULL,
    version                  bigint      NOT NULL,
    CHECK ((stars IS NULL) = (certificate_status IS NULL))
);
CREATE INDEX ocop_product_province ON ocop_product (current_province_code, id);
CREATE INDEX ocop_product_province_stars ON ocop_product (current_province_code, stars, id);
CREATE INDEX ocop_product_producer ON ocop_product (producer_id, id);
CREATE INDEX ocop_product_category ON ocop_product (category_code, id);
CREATE INDEX ocop_product_search ON ocop_product USING gin (search_text gin_trgm_ops);

-- A council's evaluation (đánh giá, phân hạng) in a round (đợt), with its recognition decision.
CREATE TABLE ocop_evaluation (
    id                    uuid         PRIMARY KEY,
    product_id            uuid         NOT NULL REFERENCES ocop_product (id),
    criteria_set_id       uuid         NOT NULL REFERENCES ocop_criteria_set (id),
    regime_code           text         NOT NULL REFERENCES ocop_regime (code),
    council_level         text         NOT NULL CHECK (council_level IN ('DISTRICT', 'PROVINCIAL', 'CENTRAL')),
    round                 text         NOT NULL CHECK (length(round) BETWEEN 1 AND 100),
    decision_number       text         NOT NULL CHECK (length(decision_number) BETWEEN 1 AND 100),
    decision_date         date         NOT NULL,
    part_a_score          numeric(5,2) NOT NULL CHECK (part_a_score >= 0),
    part_b_score          numeric(5,2) NOT NULL CHECK (part_b_score >= 0),
    part_c_score          numeric(5,2) NOT NULL CHECK (part_c_score >= 0),
    average_score         numeric(5,2) NOT NULL CHECK (average_score BETWEEN 0 AND 100),
    score_stars           integer      NOT NULL CHECK (score_stars BETWEEN 1 AND 5),
    stars                 integer      NOT NULL CHECK (stars BETWEEN 1 AND 5),
    missed_mandatory      jsonb        NOT NULL,
    proposed_to_level     text         CHECK (proposed_to_level IN ('PROVINCIAL', 'CENTRAL')),
    certificate_id        uuid,
    province_code         text         NOT NULL,
    current_province_code text         NOT NULL,
    created_at            timestamptz  NOT NULL,
    created_by            text         NOT NULL,
    version               bigint       NOT NULL,
    CHECK (stars <= score_stars)
);
CREATE INDEX ocop_evaluation_product ON ocop_evaluation (product_id, decision_date DESC, id);
CREATE INDEX ocop_evaluation_province ON ocop_evaluation (current_province_code, decision_date DESC, id);
CREATE INDEX ocop_evaluation_criteria_set ON ocop_evaluation (criteria_set_id);

-- Each council member's scoring sheet: one option per criterion.
CREATE TABLE ocop_evaluation_sheet (
    evaluation_id uuid         NOT NULL REFERENCES ocop_evaluation (id),
    member_no     integer      NOT NULL CHECK (member_no >= 0),
    member_name   text         NOT NULL,
    total_score   numeric(6,2) NOT NULL CHECK (total_score BETWEEN 0 AND 100),
    choices       jsonb        NOT NULL,
    PRIMARY KEY (evaluation_id, member_no)
);

CREATE TABLE ocop_certificate (
    id                    uuid        PRIMARY KEY,
    certificate_number    text        NOT NULL UNIQUE CHECK (certificate_number ~ '^[A-Za-z0-9][A-Za-z0-9.-]{2,39}$'),
    product_id            uuid        NOT NULL REFERENCES ocop_product (id),
    evaluation_id         uuid        NOT NULL UNIQUE REFERENCES ocop_evaluation (id),
    stars                 integer     NOT NULL CHECK (stars BETWEEN 3 AND 5),
    issuing_level         text        NOT NULL CHECK (issuing_level IN ('DISTRICT', 'PROVINCIAL', 'CENTRAL')),
    decision_number       text        NOT NULL,
    decision_date         date        NOT NULL,
    valid_until           date        NOT NULL,
    status                text        NOT NULL CHECK (status IN ('VALID', 'EXPIRED', 'REVOKED')),
    status_reason         text,
    status_changed_on     date,
    province_code         text        NOT NULL,
    current_province_code text        NOT NULL,
    created_at            timestamptz NOT NULL,
    version               bigint      NOT NULL,
    CHECK (valid_until = (decision_date + interval '36 months')::date),
    CHECK (status <> 'REVOKED' OR status_reason IS NOT NULL)
);
ALTER TABLE ocop_evaluation ADD CONSTRAINT ocop_evaluation_certificate
    FOREIGN KEY (certificate_id) REFERENCES ocop_certificate (id);
-- At most one valid certificate per product: re-evaluation replaces it.
CREATE UNIQUE INDEX ocop_certificate_one_valid ON ocop_certificate (product_id) WHERE status = 'VALID';
CREATE INDEX ocop_certificate_product ON ocop_certificate (product_id, decision_date DESC);
CREATE INDEX ocop_certificate_expiry ON ocop_certificate (valid_until, id) WHERE status = 'VALID';
CREATE INDEX ocop_certificate_province ON ocop_certificate (current_province_code, status, stars);
