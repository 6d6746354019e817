package io.peeringconsole.truststore.certificate;

/** RFC 5280 §5.3.1 CRLReason; an entry without a reason code is {@code UNSPECIFIED}. */
public enum RevocationReason {
    UNSPECIFIED(0, "unspecified"),
    KEY_COMPROMISE(1, "key compromise"),
    CA_COMPROMISE(2, "CA compromise"),
    AFFILIATION_CHANGED(3, "affiliation changed"),
    SUPERSEDED(4, "superseded"),
    CESSATION_OF_OPERATION(5, "cessation of operation"),
    CERTIFICATE_HOLD(6, "certificate hold"),
    REMOVE_FROM_CRL(8, "remove from CRL"),
    PRIVILEGE_WITHDRAWN(9, "privilege withdrawn"),
    AA_COMPROMISE(10, "AA compromise");

    private final int code;
    private final String description;

    RevocationReason(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    static RevocationReason ofCode(int code) {
        for (RevocationReason reason : values()) {
            if (reason.code == code) {
                return reason;
            }
        }
        return UNSPECIFIED;
    }
}
