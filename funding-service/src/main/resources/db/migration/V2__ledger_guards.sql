-- Tighter guards on the ledger: the journal refuses rewrites loudly, commitments carry their state rules in the
-- database, ceilings are validated data with an amount scope, and commitments are searchable by title.

-- A silent DO INSTEAD NOTHING rule would hide a bug that tries to rewrite history: fail the transaction instead
-- (SQLSTATE 23001, an integrity error the API reports as a 409 conflict).
DROP RULE journal_entry_no_update ON journal_entry;
DROP RULE journal_entry_no_delete ON journal_entry;
CREATE FUNCTION journal_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'journal entries are immutable (%)', TG_OP USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_entry_immutable();
CREATE TRIGGER journal_entry_no_truncate BEFORE TRUNCATE ON journal_entry
    FOR EACH STATEMENT EXECUTE FUNCTION journal_entry_immutable();
ALTER TABLE journal_entry ADD CONSTRAINT journal_entry_moves_money
    CHECK (budget_delta <> 0 OR committed_delta <> 0 OR disbursed_delta <> 0);
CREATE INDEX journal_entry_commitment ON journal_entry (commitment_id) WHERE commitment_id IS NOT NULL;

ALTER TABLE commitment
    ADD CONSTRAINT commitment_activity_type CHECK (activity_type IN ('VOCATIONAL_TRAINING', 'CONSULTING_AND_TRAINING',
        'ENTERPRISE_FOUNDING', 'DEMONSTRATION_MODEL', 'MACHINERY_AND_TECHNOLOGY_TRANSFER', 'TECHNOLOGY_LINE', 'CLEANER_PRODUCTION',
        'PRODUCT_DEVELOPMENT', 'TRADE_PROMOTION', 'MARKET_EXPANSION', 'CLUSTER_INFRASTRUCTURE', 'COMMUNICATION', 'CAPACITY_BUILDING')),
    -- Only an approved commitment pays; a proposal or a cancellation never holds paid money.
    ADD CONSTRAINT commitment_paid_only_when_approved CHECK (status IN ('APPROVED', 'SETTLED') OR disbursed_vnd = 0),
    -- A settled commitment is closed at exactly what was paid.
    ADD CONSTRAINT commitment_settled_at_paid CHECK ((status = 'SETTLED') = (settled_vnd IS NOT NULL)
        AND (settled_vnd IS NULL OR settled_vnd = disbursed_vnd)),
    ADD CONSTRAINT commitment_cluster_named CHECK (activity_type <> 'CLUSTER_INFRASTRUCTURE' OR cluster_id IS NOT NULL),
    ADD COLUMN search_text text;

-- Rows written before this migration: the same folding as VietnameseText.fold (diacritics dropped, đ → d, lower case).
UPDATE commitment SET search_text = lower(translate(title,
    'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD'));
ALTER TABLE commitment ALTER COLUMN search_text SET NOT NULL;
CREATE INDEX commitment_search ON commitment USING gin (search_text gin_trgm_ops);
CREATE INDEX commitment_envelope_keyset ON commitment (envelope_id, id);
DROP INDEX commitment_envelope;
-- The per-establishment ceiling sums a beneficiary's live commitments of one activity.
CREATE INDEX commitment_beneficiary_activity ON commitment (beneficiary_id, activity_type) WHERE status IN ('APPROVED', 'SETTLED');
CREATE INDEX envelope_plan ON envelope (plan_id) WHERE plan_id IS NOT NULL;

-- Ceilings: validated data. amount_scope says what the amount caps: one support decision (a demonstration model,
-- "1.000 triệu đồng/mô hình") or everything an establishment receives for the activity in a fiscal year
-- ("300 triệu đồng/cơ sở"), so splitting a project into several decisions cannot exceed it.
ALTER TABLE support_ceiling
    ADD COLUMN amount_scope text NOT NULL DEFAULT 'DECISION' CHECK (amount_scope IN ('DECISION', 'ESTABLISHMENT_YEAR')),
    ADD CONSTRAINT support_ceiling_activity CHECK (activity_type IN ('VOCATIONAL_TRAINING', 'CONSULTING_AND_TRAINING',
        'ENTERPRISE_FOUNDING', 'DEMONSTRATION_MODEL', 'MACHINERY_AND_TECHNOLOGY_TRANSFER', 'TECHNOLOGY_LINE', 'CLEANER_PRODUCTION',
        'PRODUCT_DEVELOPMENT', 'TRADE_PROMOTION', 'MARKET_EXPANSION', 'CLUSTER_INFRASTRUCTURE', 'COMMUNICATION', 'CAPACITY_BUILDING')),
    ADD CONSTRAINT support_ceiling_source CHECK (source IS NULL OR source IN ('NATIONAL', 'LOCAL', 'COUNTERPART', 'OTHER')),
    ADD CONSTRAINT support_ceiling_province CHECK (province_code IS NULL OR province_code ~ '^[0-9]{2}$'),
    ADD CONSTRAINT support_ceiling_period CHECK (effective_to IS NULL OR effective_to >= effective_from),
    ADD CONSTRAINT support_ceiling_one_level UNIQUE NULLS NOT DISTINCT (activity_type, source, province_code, effective_from);
UPDATE support_ceiling SET amount_scope = 'ESTABLISHMENT_YEAR'
WHERE activity_type IN ('MACHINERY_AND_TECHNOLOGY_TRANSFER', 'TECHNOLOGY_LINE');
