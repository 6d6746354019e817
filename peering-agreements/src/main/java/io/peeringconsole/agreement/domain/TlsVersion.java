package io.peeringconsole.agreement.domain;

/** The lowest TLS version the peer channel must use. */
public enum TlsVersion {
    TLS_1_2("TLS 1.2"),
    TLS_1_3("TLS 1.3");

    private final String label;

    TlsVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
