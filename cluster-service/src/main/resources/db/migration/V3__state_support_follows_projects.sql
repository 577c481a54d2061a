-- Issue 13: a cluster's state support follows funding's projects (public money only): each project counts at its
-- current committed amount (the support while approved, the settled amount once settled, 0 once cancelled), taken from
-- the newest event version, so a cancellation brings it back down and a redelivery changes nothing.
ALTER TABLE cluster_state_support RENAME COLUMN commitment_id TO project_id;
ALTER TABLE cluster_state_support
    DROP CONSTRAINT cluster_state_support_amount_vnd_check,
    ADD CONSTRAINT cluster_state_support_amount CHECK (amount_vnd >= 0 AND amount_vnd <= 1000000000000000),
    ADD COLUMN event_version bigint NOT NULL DEFAULT -1;
