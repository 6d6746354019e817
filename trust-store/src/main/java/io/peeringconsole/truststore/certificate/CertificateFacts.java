package io.peeringconsole.truststore.certificate;

import io.peeringconsole.truststore.encoding.Pem;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a certificate says, read once at import so that lists and badges need no parsing. The DER bytes are the
 * certificate itself: store them, and everything else can be derived again.
 *
 * <p>Names are in RFC 2253 form ("CN=gw.example.net,O=Example,C=NL"). {@code serialNumber} is upper-case hex;
 * {@code sha256Fingerprint}, {@code subjectKeyId} and {@code authorityKeyId} are upper-case hex with colons, as OpenSSL
 * prints them; the key ids are null when the extension is absent. {@code spkiPin} is the base64 SHA-256 of the
 * SubjectPublicKeyInfo. An empty {@code keyUsage} or {@code extendedKeyUsage} means the extension is absent, which
 * allows every usage. {@code pathLenConstraint} is null when unlimited or not a CA.
 *
 * <p>Two facts are equal when they describe the same DER certificate (same fingerprint).
 */
public record CertificateFacts(
        String subject,
        String issuer,
        String serialNumber,
        SubjectAltNames subjectAltNames,
        Instant notBefore,
        Instant notAfter,
        PublicKeyFacts publicKey,
        SignatureAlgorithmFacts signatureAlgorithm,
        List<KeyUsage> keyUsage,
        List<String> extendedKeyUsage,
        boolean ca,
        Integer pathLenConstraint,
        String sha256Fingerprint,
        String spkiPin,
        String subjectKeyId,
        String authorityKeyId,
        byte[] der) {

    public CertificateFacts {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(subjectAltNames, "subjectAltNames");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        Objects.requireNonNull(sha256Fingerprint, "sha256Fingerprint");
        Objects.requireNonNull(spkiPin, "spkiPin");
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
        der = der.clone();
    }

    @Override
    public byte[] der() {
        return der.clone();
    }

    /** The certificate as PEM text, e.g. for a download or a configuration snapshot. */
    public String pem() {
        return Pem.encode("CERTIFICATE", der);
    }

    /** True when subject and issuer are the same name, as for a root CA or a self-signed peer certificate. */
    public boolean selfIssued() {
        return subject.equals(issuer);
    }

    /** Whether {@code instant} lies within notBefore..notAfter, both inclusive as RFC 5280 defines them. */
    public boolean validAt(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateFacts facts && facts.sha256Fingerprint.equals(sha256Fingerprint);
    }

    @Override
    public int hashCode() {
        return sha256Fingerprint.hashCode();
    }

    @Override
    public String toString() {
        return "CertificateFacts[" + subject + ", SHA-256 " + sha256Fingerprint + "]";
    }
}
