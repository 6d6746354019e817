-- Gateways may authenticate with a client certificate from the console's gateway CA (C7). For those,
-- credential_hash holds the SHA-256 fingerprint of the current certificate, credential_expires_at its end, and
-- previous_credential_hash the certificate replaced by the latest renewal (accepted until it expires).
ALTER TABLE gateway DROP CONSTRAINT ck_gateway_auth_kind;
ALTER TABLE gateway ADD CONSTRAINT ck_gateway_auth_kind CHECK (auth_kind IN ('BEARER_TOKEN', 'CLIENT_CERTIFICATE'));
ALTER TABLE gateway ADD COLUMN credential_expires_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE gateway ADD COLUMN previous_credential_hash VARCHAR(64);
