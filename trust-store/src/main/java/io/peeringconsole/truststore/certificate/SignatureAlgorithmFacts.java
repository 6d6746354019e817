package io.peeringconsole.truststore.certificate;

import java.util.Objects;
import java.util.Set;

/**
 * How a certificate or CRL was signed. {@code digest} is the hash inside the signature ("SHA-256"), "intrinsic" for
 * EdDSA and "unknown" when the algorithm is not recognised.
 */
public record SignatureAlgorithmFacts(String name, String oid, String digest) {

    private static final Set<String> BROKEN_DIGESTS = Set.of("SHA-1", "MD5", "MD4", "MD2");

    public SignatureAlgorithmFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(oid, "oid");
        Objects.requireNonNull(digest, "digest");
    }

    /** True for digests with practical collision attacks, which let a CA's signature be reused on a forged certificate. */
    public boolean usesBrokenDigest() {
        return BROKEN_DIGESTS.contains(digest);
    }
}
