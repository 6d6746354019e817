package io.peeringconsole.truststore.keys;

import io.peeringconsole.truststore.encoding.Fingerprints;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;

/** Key ids: hex of the first 16 bytes of the SHA-256 of the SubjectPublicKeyInfo, stable across certificate renewals. */
final class KeyIds {

    private KeyIds() {
    }

    static String of(PublicKey key) {
        return HexFormat.of().formatHex(Arrays.copyOf(Fingerprints.sha256(key.getEncoded()), 16));
    }
}
