-- Tamper-evident audit trail (audit module). Runs unchanged on H2 2.x and PostgreSQL 15.
-- Entries are append-only; sequence is assigned by the application as the position in the hash chain, so it is not
-- an identity column.
CREATE TABLE audit_entry (
    sequence        BIGINT                      NOT NULL,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor_name      VARCHAR(200)                NOT NULL,
    actor_role      VARCHAR(100)                NOT NULL,
    source_address  VARCHAR(100),
    action          VARCHAR(100)                NOT NULL,
    target_type     VARCHAR(100)                NOT NULL,
    target_id       VARCHAR(300),
    local_domain    VARCHAR(253),
    outcome         VARCHAR(20)                 NOT NULL,
    before_state    VARCHAR(65536),
    after_state     VARCHAR(65536),
    previous_hash   VARCHAR(64)                 NOT NULL,
    entry_hash      VARCHAR(64)                 NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (sequence),
    CONSTRAINT ck_audit_entry_outcome CHECK (outcome IN ('SUCCESS', 'FAILURE'))
);

CREATE INDEX ix_audit_entry_domain_sequence ON audit_entry (local_domain, sequence);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action);

-- One row, locked by every append: it serialises appends across console nodes and records where the chain ends,
-- which is how entries removed from the end of the trail are detected.
CREATE TABLE audit_chain_head (
    id              BIGINT      NOT NULL,
    last_sequence   BIGINT      NOT NULL,
    last_hash       VARCHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
