-- Issue 14 and 13 (plans): document numbers kept as written, SUPERSEDED, legal bases with their dates (plan and
-- task), an implementing unit distinct from the lead agency, OTHER money named by programme, estimates for the
-- whole period, and per-certificate OCOP records counted by the unit and year of their decision.

-- Numbers are stored as written ("08/KH-UBND"); document_key is the comparison form without the leading zero.
ALTER TABLE plan ADD COLUMN document_key text;
UPDATE plan SET document_key = document_number;
ALTER TABLE plan ALTER COLUMN document_key SET NOT NULL;
CREATE INDEX plan_document_key ON plan (document_key);
DROP INDEX plan_document_number;

-- SUPERSEDED: replaced by another document (văn bản thay thế).
ALTER TABLE plan DROP CONSTRAINT plan_status_check;
ALTER TABLE plan ADD CONSTRAINT plan_status_check
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'COMPLETED', 'CANCELLED', 'SUPERSEDED'));
ALTER TABLE plan ADD COLUMN superseded_by_plan_id uuid REFERENCES plan (id);
ALTER TABLE plan ADD COLUMN superseded_by_document text
    CHECK (superseded_by_document IS NULL OR length(superseded_by_document) BETWEEN 1 AND 60);
ALTER TABLE plan ADD COLUMN superseded_on date;
ALTER TABLE plan ADD CONSTRAINT plan_superseded_complete CHECK (
    (status = 'SUPERSEDED') = (superseded_by_document IS NOT NULL AND superseded_on IS NOT NULL));

-- Đơn vị thực hiện, e.g. Trung tâm Khuyến công – Tư vấn phát triển công nghiệp under Sở Công Thương.
ALTER TABLE plan ADD COLUMN implementing_unit text CHECK (implementing_unit IS NULL OR length(implementing_unit) <= 300);
ALTER TABLE plan_task ADD COLUMN implementing_unit text
    CHECK (implementing_unit IS NULL OR length(implementing_unit) <= 300);

-- Legal bases (căn cứ) become objects with their dates; the old entries were numbers only.
UPDATE plan SET legal_bases = (
    SELECT COALESCE(jsonb_agg(CASE WHEN jsonb_typeof(b) = 'string' THEN jsonb_build_object('documentNumber', b) ELSE b END
                              ORDER BY o), '[]'::jsonb)
    FROM jsonb_array_elements(legal_bases) WITH ORDINALITY AS e(b, o));
UPDATE plan_version SET content = jsonb_set(content, '{legalBases}', (
    SELECT COALESCE(jsonb_agg(CASE WHEN jsonb_typeof(b) = 'string' THEN jsonb_build_object('documentNumber', b) ELSE b END
                              ORDER BY o), '[]'::jsonb)
    FROM jsonb_array_elements(content -> 'legalBases') WITH ORDINALITY AS e(b, o)))
WHERE jsonb_typeof(content -> 'legalBases') = 'array';
ALTER TABLE plan_task ADD COLUMN legal_bases jsonb NOT NULL DEFAULT '[]';

-- A funding line is an estimate for one year or, with no year, for the whole period; OTHER money names its programme.
ALTER TABLE plan_funding_line ALTER COLUMN year DROP NOT NULL;
ALTER TABLE plan_funding_line ADD COLUMN programme text CHECK (programme IS NULL OR programme IN
    ('NEW_RURAL_DEVELOPMENT', 'OCOP', 'TRADE_PROMOTION', 'NGO_AND_DONOR', 'PRIVATE', 'OTHER_PROGRAMME'));
ALTER TABLE plan_funding_line ADD COLUMN programme_name text
    CHECK (programme_name IS NULL OR length(programme_name) <= 300);
ALTER TABLE plan_funding_line ADD CONSTRAINT plan_funding_line_programme_only_other
    CHECK (programme IS NULL OR source = 'OTHER');
ALTER TABLE plan_funding_line ADD CONSTRAINT plan_funding_line_amount_bounded
    CHECK (amount_vnd <= 1000000000000000);

-- OCOP certificates, one row per certificate, with the province unit valid on its decision date.
CREATE TABLE ocop_certificate (
    certificate_id        uuid    PRIMARY KEY,
    product_id            uuid    NOT NULL,
    province_code         text    NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    current_province_code text    CHECK (current_province_code IS NULL OR current_province_code ~ '^[0-9]{2}$'),
    stars                 integer NOT NULL CHECK (stars BETWEEN 1 AND 5),
    status                text    NOT NULL,
    decision_date         date    NOT NULL,
    event_version         bigint  NOT NULL
);
CREATE INDEX ocop_certificate_counted ON ocop_certificate (province_code, decision_date) INCLUDE (product_id, stars, status);
