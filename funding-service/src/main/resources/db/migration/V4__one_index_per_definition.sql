-- V2 indexed commitments by (envelope_id, id) and V3, after the rename, indexed projects by (allocation_id, id) again:
-- two identical indexes, both written on every insert and on every update that moves a project (approval changes
-- its allocation, status and search text, so none of its updates is HOT). The newer name stays.
DROP INDEX commitment_envelope_keyset;
