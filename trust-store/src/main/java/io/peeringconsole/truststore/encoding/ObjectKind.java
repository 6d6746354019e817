package io.peeringconsole.truststore.encoding;

/** What an encoded object turned out to be, from its PEM label or, for DER, from its ASN.1 shape. */
public enum ObjectKind {
    CERTIFICATE("a certificate"),
    CRL("a certificate revocation list (CRL)"),
    CSR("a certificate signing request (CSR)"),
    PKCS7("a PKCS#7 bundle"),
    PUBLIC_KEY("a bare public key"),
    UNSUPPORTED("an unsupported object");

    private final String description;

    ObjectKind(String description) {
        this.description = description;
    }

    /** A phrase for messages, e.g. "a certificate signing request (CSR)". */
    public String description() {
        return description;
    }
}
