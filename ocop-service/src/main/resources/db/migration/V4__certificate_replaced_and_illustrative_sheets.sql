-- 1. A certificate superseded by a later evaluation of the same product is REPLACED, never REVOKED: revocation
--    (thu hồi) is a sanction that provinces count and publish (DOMAIN.md §3). Certificates closed as "replaced"
--    before this migration were stored as REVOKED with the reason "Replaced by certificate … after re-evaluation";
--    they become REPLACED with a link to the certificate that replaced them. A revocation keeps its decision number
--    in its own column from now on (its reason text still carries it, as before). The link is checked at commit:
--    the replaced certificate is closed before its successor is inserted (at most one VALID per product).
ALTER TABLE ocop_certificate DROP CONSTRAINT ocop_certificate_status_check;
ALTER TABLE ocop_certificate ADD CONSTRAINT ocop_certificate_status_check
    CHECK (status IN ('VALID', 'EXPIRED', 'REVOKED', 'REPLACED'));
ALTER TABLE ocop_certificate ADD COLUMN replaced_by_certificate_id uuid
    REFERENCES ocop_certificate (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE ocop_certificate ADD COLUMN revocation_decision_number text
    CHECK (length(revocation_decision_number) BETWEEN 1 AND 100);

UPDATE ocop_certificate o
SET status = 'REPLACED', replaced_by_certificate_id = n.id
FROM ocop_certificate n
WHERE o.status = 'REVOKED'
  AND o.status_reason = 'Replaced by certificate ' || n.certificate_number || ' after re-evaluation';

ALTER TABLE ocop_certificate ADD CONSTRAINT ocop_certificate_replaced_has_successor
    CHECK ((status = 'REPLACED') = (replaced_by_certificate_id IS NOT NULL));

-- 2. The scoring sheets seeded by V3 follow Annex III's structure and part maxima, but their items and points are
--    not the official ones (research-notes.md: "Exact mandatory criteria per OCOP subgroup ... UNCONFIRMED"). They
--    are marked ILLUSTRATIVE and renamed so that they never pass as official; every evaluation and certificate
--    scored with one says so. An administrator loads the official sheets (POST /api/v1/ocop/criteria-sets, which
--    are official unless marked otherwise) and retires the illustrative ones: a retired sheet scores no new
--    evaluation.
ALTER TABLE ocop_criteria_set ADD COLUMN illustrative boolean NOT NULL DEFAULT false;
ALTER TABLE ocop_criteria_set ADD COLUMN retired_on date;
UPDATE ocop_criteria_set
SET illustrative = true,
    name = 'Phiếu minh họa (không phải phiếu chính thức của Phụ lục III) — ' || name
WHERE id IN (
    '9132e659-7919-5265-9000-743e95ad2897',
    'd60d565b-fe45-5a5f-8d9b-53d34d06c60d',
    '495a1108-5783-53eb-be5f-a90c5b910e60',
    '47a3eeef-53aa-5c09-89ed-7065f89b52e2',
    'a651b870-f9cf-5438-a02e-edf86dbd2934',
    'ea530692-6273-5dea-b28d-608e7f67f657',
    'b6c41898-159c-5254-be72-d9ccf65500d9',
    '0e8e2fa5-f47c-5cd2-8246-217e3e33f5ba',
    '82dc8d08-d175-530b-8632-fa3775be36ee',
    'b9814e54-6c1e-5860-815f-33e1400c895b',
    '42b50b4a-a5ef-5471-b94e-57a803377041');

ALTER TABLE ocop_evaluation ADD COLUMN illustrative_sheet boolean NOT NULL DEFAULT false;
UPDATE ocop_evaluation e SET illustrative_sheet = s.illustrative FROM ocop_criteria_set s WHERE s.id = e.criteria_set_id;
ALTER TABLE ocop_certificate ADD COLUMN illustrative_sheet boolean NOT NULL DEFAULT false;
UPDATE ocop_certificate c SET illustrative_sheet = e.illustrative_sheet FROM ocop_evaluation e WHERE e.id = c.evaluation_id;
