package io.peeringconsole.trust.application;

import io.peeringconsole.truststore.keys.SigningKeyInfo;
import java.time.Instant;

/** One of the console's signing keys: its id, whether it signs now, and the certificate that carries it. */
public record SigningKeyView(String keyId, boolean current, Instant createdAt, String certificatePem) {

    static SigningKeyView of(SigningKeyInfo info) {
        return new SigningKeyView(info.keyId(), info.current(), info.certificate().notBefore(), info.certificate().pem());
    }
}
