package io.peeringconsole.truststore.certificate;

/** The keyUsage bits of RFC 5280 §4.2.1.3, in bit order, with the names OpenSSL prints. */
public enum KeyUsage {
    DIGITAL_SIGNATURE("digitalSignature"),
    NON_REPUDIATION("nonRepudiation"),
    KEY_ENCIPHERMENT("keyEncipherment"),
    DATA_ENCIPHERMENT("dataEncipherment"),
    KEY_AGREEMENT("keyAgreement"),
    KEY_CERT_SIGN("keyCertSign"),
    CRL_SIGN("cRLSign"),
    ENCIPHER_ONLY("encipherOnly"),
    DECIPHER_ONLY("decipherOnly");

    private final String rfcName;

    KeyUsage(String rfcName) {
        this.rfcName = rfcName;
    }

    public String rfcName() {
        return rfcName;
    }

    /** The bit number in the DER BIT STRING. */
    public int bit() {
        return ordinal();
    }
}
