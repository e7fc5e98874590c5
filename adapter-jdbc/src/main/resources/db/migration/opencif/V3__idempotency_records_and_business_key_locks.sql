-- OpenCIF schema, version 3: safe retries. Runs on PostgreSQL and on H2 in PostgreSQL mode.

-- 1. The stored answer of every idempotent write, per (dialect, client, key), written in the write's own transaction:
--    a row with a status exists if and only if the write's effects do. While the writing transaction runs, the row has
--    no status and is invisible to others; a second insert of the same key waits for it (the primary key).
CREATE TABLE idempotency_record (
    scope          VARCHAR(32)              NOT NULL,
    client_id      VARCHAR(200)             NOT NULL,
    idem_key       VARCHAR(255)             NOT NULL,
    fingerprint    CHAR(64)                 NOT NULL,
    status         INTEGER,
    headers        VARCHAR(8000),
    body           BYTEA,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (scope, client_id, idem_key),
    CONSTRAINT ck_idempotency_record_answer CHECK ((status IS NULL AND body IS NULL) OR (status BETWEEN 100 AND 599 AND body IS NOT NULL))
);
CREATE INDEX ix_idempotency_record_expires ON idempotency_record (expires_at);

-- 2. Business keys a use case locks for its transaction (one onboarding flow per citizen, one eKYC combo per national
--    id): insert-if-absent, then SELECT … FOR UPDATE. Only a SHA-256 digest of the key is kept, never a national id.
CREATE TABLE business_key_lock (
    kind        VARCHAR(32) NOT NULL,
    key_digest  CHAR(64)    NOT NULL,
    CONSTRAINT pk_business_key_lock PRIMARY KEY (kind, key_digest)
);
