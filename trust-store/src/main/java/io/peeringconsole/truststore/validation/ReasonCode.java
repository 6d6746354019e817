package io.peeringconsole.truststore.validation;

/** Stable codes for verdict reasons; UI badges, REST clients and tests key on them, so they are never renamed. */
public enum ReasonCode {
    CHAIN_INCOMPLETE(Severity.FAILURE),
    NOT_SIGNED_BY_ISSUER(Severity.FAILURE),
    NO_TRUST_ANCHOR(Severity.FAILURE),
    DOMAIN_MISMATCH(Severity.FAILURE),
    EXPIRED(Severity.FAILURE),
    NOT_YET_VALID(Severity.FAILURE),
    WEAK_KEY(Severity.FAILURE),
    WEAK_SIGNATURE(Severity.FAILURE),
    KEY_USAGE(Severity.FAILURE),
    EXTENDED_KEY_USAGE_MISSING_SERVER_AUTH(Severity.FAILURE),
    EXTENDED_KEY_USAGE_MISSING_CLIENT_AUTH(Severity.FAILURE),
    CA_CONSTRAINT(Severity.FAILURE),
    REVOKED(Severity.FAILURE),
    CRL_STALE(Severity.FAILURE),
    CRL_SIGNATURE_INVALID(Severity.FAILURE),
    PIN_MISMATCH(Severity.FAILURE),
    ROLLED_OVER(Severity.FAILURE),
    EXPIRES_WITHIN_30_DAYS(Severity.WARNING),
    EXPIRES_WITHIN_7_DAYS(Severity.WARNING),
    ROLLOVER_PENDING(Severity.WARNING),
    PINNED(Severity.INFO);

    private final Severity severity;

    ReasonCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
