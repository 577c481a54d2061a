-- Since 06/07/2025 (1489/QĐ-TTg) the commune People's Committee pre-screens a product (origin of the product and of
-- its local raw materials, local labour, origin of the idea) and proposes it to the province before the provincial
-- council grades it (research-notes.md §A.3, CONFIRMED-multi). A rule of the regime, so data with its effective
-- date: a later regime states its own requirement.
ALTER TABLE ocop_regime ADD COLUMN commune_pre_screening_required boolean NOT NULL DEFAULT false;
UPDATE ocop_regime SET commune_pre_screening_required = true WHERE code = 'QD-148-1489-2025';

-- The commune's pre-screening step of an evaluation, with its decision (văn bản đề xuất của UBND cấp xã).
ALTER TABLE ocop_evaluation ADD COLUMN pre_screening_commune_code text CHECK (pre_screening_commune_code ~ '^[0-9]{5}$');
ALTER TABLE ocop_evaluation ADD COLUMN pre_screening_decision_number text
    CHECK (length(pre_screening_decision_number) BETWEEN 1 AND 100);
ALTER TABLE ocop_evaluation ADD COLUMN pre_screening_decision_date date;
ALTER TABLE ocop_evaluation ADD CONSTRAINT ocop_evaluation_pre_screening_complete
    CHECK ((pre_screening_decision_number IS NULL) = (pre_screening_decision_date IS NULL));
ALTER TABLE ocop_evaluation ADD CONSTRAINT ocop_evaluation_pre_screening_before_decision
    CHECK (pre_screening_decision_date IS NULL OR pre_screening_decision_date <= decision_date);
