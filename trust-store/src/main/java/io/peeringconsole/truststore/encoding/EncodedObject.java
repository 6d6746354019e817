package io.peeringconsole.truststore.encoding;

import java.util.Objects;

/**
 * One object found in the input, still as DER. {@code origin} says where it came from ("PEM block 2 (CERTIFICATE)")
 * so that a message can point a person at the part of their file that is wrong.
 */
public record EncodedObject(ObjectKind kind, byte[] der, String origin) {

    public EncodedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        der = der.clone();
    }

    @Override
    public byte[] der() {
        return der.clone();
    }
}
