CREATE TABLE test_projection (
    id            text    PRIMARY KEY,
    version       bigint  NOT NULL,
    value         text    NOT NULL,
    applied_count integer NOT NULL DEFAULT 1
);

-- A rule only the database knows: an event carrying this value passes the consumer's checks and is refused on insert.
ALTER TABLE test_projection ADD CONSTRAINT test_projection_value_allowed CHECK (value <> 'database-refuses');
