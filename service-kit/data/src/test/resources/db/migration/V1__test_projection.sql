CREATE TABLE test_projection (
    id            text    PRIMARY KEY,
    version       bigint  NOT NULL,
    value         text    NOT NULL,
    applied_count integer NOT NULL DEFAULT 1
);
