package io.peeringconsole.gateway.domain;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The client certificate a gateway was issued, as the gateway record keeps it: its SHA-256 fingerprint (lower-case
 * hex of the DER) and when it ends. The certificate itself is the gateway's; the console needs only to recognise it.
 */
public record CertificatePin(String sha256, Instant notAfter) {

    public CertificatePin {
        Objects.requireNonNull(notAfter, "notAfter");
        if (sha256 == null || sha256.length() != 64) {
            throw new IllegalArgumentException("A SHA-256 fingerprint is 64 hex digits: " + sha256);
        }
        HexFormat.of().parseHex(sha256);
        sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
    }
}
