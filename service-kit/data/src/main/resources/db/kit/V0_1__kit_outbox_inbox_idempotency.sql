-- Infrastructure tables of service-kit, the same in every service's database.

-- Transactional outbox: written in the transaction of the business change, published by the relay.
CREATE TABLE kit_outbox (
    position          bigserial   PRIMARY KEY,
    event_id          uuid        NOT NULL UNIQUE,
    topic             text        NOT NULL,
    aggregate_type    text        NOT NULL,
    aggregate_id      text        NOT NULL,
    aggregate_version bigint      NOT NULL,
    event_type        text        NOT NULL,
    payload           jsonb       NOT NULL,
    request_id        text,
    traceparent       text,
    occurred_at       timestamptz NOT NULL,
    published_at      timestamptz,
    attempts          integer     NOT NULL DEFAULT 0,
    last_error        text
);
CREATE INDEX kit_outbox_pending ON kit_outbox (position) WHERE published_at IS NULL;

-- Idempotent inbox: one row per consumed event, in the transaction of its effect.
CREATE TABLE kit_inbox (
    source      text        NOT NULL,
    event_id    text        NOT NULL,
    event_type  text        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, event_id)
);

-- Idempotency-Key of POSTs that create or move money: the first response is replayed.
CREATE TABLE kit_idempotency (
    caller          text        NOT NULL,
    idempotency_key text        NOT NULL,
    operation       text        NOT NULL,
    request_hash    text        NOT NULL,
    response_status integer     NOT NULL,
    response_body   jsonb,
    response_etag   text,
    response_location text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);

-- History of every mutable resource: who changed what, when (GET .../{id}/history).
CREATE TABLE kit_history (
    id             bigserial   PRIMARY KEY,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    version        bigint      NOT NULL,
    action         text        NOT NULL,
    actor          text        NOT NULL,
    request_id     text,
    at             timestamptz NOT NULL,
    changes        jsonb       NOT NULL
);
CREATE INDEX kit_history_aggregate ON kit_history (aggregate_type, aggregate_id, id);
