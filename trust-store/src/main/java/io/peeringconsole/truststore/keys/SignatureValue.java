package io.peeringconsole.truststore.keys;

import java.util.Objects;

/** A detached signature with the id of the key that made it; {@code value} is a DER ECDSA signature. */
public record SignatureValue(String keyId, String algorithm, byte[] value) {

    public SignatureValue {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }
}
