package io.peeringconsole.truststore.certificate;

import io.peeringconsole.truststore.encoding.Pem;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CRL says. {@code issuer} is in RFC 2253 form; {@code nextUpdate} and {@code crlNumber} (hex) are null when
 * the CRL does not carry them; {@code authorityKeyId} likewise. Store the DER; the rest can be derived again.
 * Whether it is genuine is a separate question: see {@link SignatureVerifier#isSignedBy(CrlFacts, CertificateFacts)}.
 */
public record CrlFacts(
        String issuer,
        Instant thisUpdate,
        Instant nextUpdate,
        List<RevokedCertificate> revoked,
        String crlNumber,
        SignatureAlgorithmFacts signatureAlgorithm,
        String authorityKeyId,
        String sha256Fingerprint,
        byte[] der) {

    public CrlFacts {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(thisUpdate, "thisUpdate");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        Objects.requireNonNull(sha256Fingerprint, "sha256Fingerprint");
        revoked = List.copyOf(revoked);
        der = der.clone();
    }

    @Override
    public byte[] der() {
        return der.clone();
    }

    public String pem() {
        return Pem.encode("X509 CRL", der);
    }

    /** A CRL past its nextUpdate no longer tells whether recently revoked certificates are still good. */
    public boolean staleAt(Instant now) {
        return nextUpdate != null && now.isAfter(nextUpdate);
    }

    /** The entry for {@code serialNumber} (as in {@link CertificateFacts#serialNumber()}), if the CRL lists it. */
    public Optional<RevokedCertificate> entryFor(String serialNumber) {
        return revoked.stream().filter(entry -> entry.serialNumber().equals(serialNumber)).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrlFacts crl && crl.sha256Fingerprint.equals(sha256Fingerprint);
    }

    @Override
    public int hashCode() {
        return sha256Fingerprint.hashCode();
    }

    @Override
    public String toString() {
        return "CrlFacts[" + issuer + ", thisUpdate " + thisUpdate + ", " + revoked.size() + " revoked]";
    }
}
