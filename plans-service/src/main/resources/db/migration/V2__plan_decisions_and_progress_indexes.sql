-- The decision and note of the latest lifecycle step (quyết định phê duyệt, lý do hủy bỏ), kept on the plan so that the
-- history of every transition shows them.
ALTER TABLE plan ADD COLUMN decision_number text CHECK (decision_number IS NULL OR length(decision_number) BETWEEN 1 AND 60);
ALTER TABLE plan ADD COLUMN status_note text CHECK (status_note IS NULL OR length(status_note) <= 2000);
ALTER TABLE plan ADD CONSTRAINT plan_amendment_count_non_negative CHECK (amendment_count >= 0);

-- Amendments are numbered from 1 without gaps per plan.
ALTER TABLE plan_version ADD CONSTRAINT plan_version_number_positive CHECK (number >= 1);

-- Progress is summed per task and source of a plan; certificates are counted per province and date.
DROP INDEX plan_commitment_plan;
CREATE INDEX plan_commitment_plan_task_source ON plan_commitment (plan_id, task_id, source)
    INCLUDE (committed_vnd, disbursed_vnd);
ALTER TABLE plan_commitment ADD CONSTRAINT plan_commitment_source_known
    CHECK (source IN ('NATIONAL', 'LOCAL', 'COUNTERPART', 'OTHER'));
ALTER TABLE certified_product ADD CONSTRAINT certified_product_stars_range CHECK (stars BETWEEN 1 AND 5);
DROP INDEX certified_product_province;
CREATE INDEX certified_product_counted ON certified_product (current_province_code, decision_date)
    WHERE status = 'VALID' AND stars >= 3;
-- Removing a task from a draft checks the foreign key of the funding lines: index it.
CREATE INDEX plan_funding_line_task ON plan_funding_line (task_id) WHERE task_id IS NOT NULL;
