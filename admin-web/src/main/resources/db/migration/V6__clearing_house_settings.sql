-- What a clearing house provides and whether its word on its members' identities is accepted (RFC 5344 2.7).
-- No row: no services relied on, each member's own certificate or pin required.
CREATE TABLE clearing_house_settings (
    clearing_house_id           BIGINT                      NOT NULL,
    services                    VARCHAR(200)                NOT NULL,
    transitive_trust            VARCHAR(40)                 NOT NULL,
    version                     BIGINT                      NOT NULL,
    updated_by                  VARCHAR(64)                 NOT NULL,
    updated_at                  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_clearing_house_settings PRIMARY KEY (clearing_house_id),
    CONSTRAINT fk_clearing_house_settings_peer FOREIGN KEY (clearing_house_id) REFERENCES peer_network (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_clearing_house_transitive_trust
        CHECK (transitive_trust IN ('REQUIRE_MEMBER_CERTIFICATES', 'ACCEPT_HUB_ASSERTED_IDENTITIES'))
);
