package io.peeringconsole.audit.domain;

import java.util.Objects;

/**
 * A detached signature made by the console's signing key.
 *
 * @param keyId     the id of the key that signed (32 hex characters); retired keys keep their id
 * @param algorithm the JCA name of the signature algorithm, e.g. {@code SHA256withECDSA}
 * @param value     the signature bytes (DER-encoded for ECDSA)
 */
public record AuditSignature(String keyId, String algorithm, byte[] value) {

    public AuditSignature {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }
}
