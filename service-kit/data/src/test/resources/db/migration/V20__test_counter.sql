CREATE TABLE test_counter (
    name  text   PRIMARY KEY,
    total bigint NOT NULL
);
