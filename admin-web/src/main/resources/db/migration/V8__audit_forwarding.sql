-- The security officer's trail at scale, and its forwarding to a SIEM. Runs unchanged on H2 2.x and PostgreSQL.

-- Filters on actor and on target narrow by index and keep the newest-first order cheap; the action index also
-- carries the time, so "failed logins in the last 15 minutes" reads only those entries.
CREATE INDEX ix_audit_entry_actor_sequence ON audit_entry (actor_name, sequence);
CREATE INDEX ix_audit_entry_target ON audit_entry (target_type, target_id, sequence);
DROP INDEX ix_audit_entry_action;
CREATE INDEX ix_audit_entry_action_time ON audit_entry (action, occurred_at);

-- How far the trail has been forwarded over syslog. The audit table itself is the queue: the cursor moves only
-- after the receiver has taken every entry up to it, so a receiver that is down loses nothing.
CREATE TABLE audit_forwarding_cursor (
    id                    BIGINT                      NOT NULL,
    last_sequence         BIGINT                      NOT NULL,
    last_success_at       TIMESTAMP(6) WITH TIME ZONE,
    last_failure_at       TIMESTAMP(6) WITH TIME ZONE,
    last_failure          VARCHAR(500),
    consecutive_failures  INTEGER                     NOT NULL,
    CONSTRAINT pk_audit_forwarding_cursor PRIMARY KEY (id),
    CONSTRAINT ck_audit_forwarding_cursor_single CHECK (id = 1)
);

INSERT INTO audit_forwarding_cursor (id, last_sequence, consecutive_failures) VALUES (1, 0, 0);
