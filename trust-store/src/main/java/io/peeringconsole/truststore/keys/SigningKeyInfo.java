package io.peeringconsole.truststore.keys;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.util.Objects;

/**
 * A signing key as others see it: its id (32 hex characters), the self-signed certificate that carries the public
 * key, and whether it is the one that signs now. Retired keys stay listed so that old signatures still verify.
 */
public record SigningKeyInfo(String keyId, CertificateFacts certificate, boolean current) {

    public SigningKeyInfo {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(certificate, "certificate");
    }
}
