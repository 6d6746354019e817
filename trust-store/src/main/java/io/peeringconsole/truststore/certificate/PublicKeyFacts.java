package io.peeringconsole.truststore.certificate;

import io.peeringconsole.truststore.encoding.Asn1;
import java.io.IOException;
import java.util.Objects;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The subject's key as far as policy cares: algorithm and strength. {@code bits} is the RSA/DSA modulus length or the
 * EC field size; {@code curve} is the EC curve name ("P-256", "brainpoolP256r1") and null for other key types.
 */
public record PublicKeyFacts(KeyType type, int bits, String curve, String algorithmOid) {

    public PublicKeyFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(algorithmOid, "algorithmOid");
    }

    /**
     * Reads the facts of a DER SubjectPublicKeyInfo, e.g. the key of a CSR.
     *
     * @throws IllegalArgumentException when {@code der} is not a readable SubjectPublicKeyInfo
     */
    public static PublicKeyFacts ofSubjectPublicKeyInfo(byte[] der) {
        try {
            return PublicKeyReader.read(SubjectPublicKeyInfo.getInstance(Asn1.parseExactly(der).orElseThrow()));
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalArgumentException("Not a readable SubjectPublicKeyInfo.", unreadable);
        }
    }

    /** For people: "RSA 2048", "EC P-256", "Ed25519". */
    public String description() {
        return switch (type) {
            case RSA -> "RSA " + bits;
            case DSA -> "DSA " + bits;
            case EC -> "EC " + (curve == null ? bits + "-bit" : curve);
            case ED25519 -> "Ed25519";
            case ED448 -> "Ed448";
            case OTHER -> "key algorithm " + algorithmOid;
        };
    }
}
