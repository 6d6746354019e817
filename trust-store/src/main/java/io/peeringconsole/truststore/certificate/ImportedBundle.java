package io.peeringconsole.truststore.certificate;

import java.util.List;

/**
 * The certificates of one upload, leaf first when they form a chain, then any that are unrelated. {@code reordered}
 * says the upload listed them in another order; {@code duplicatesDropped} counts certificates that appeared twice.
 */
public record ImportedBundle(List<CertificateFacts> certificates, boolean reordered, int duplicatesDropped) {

    public ImportedBundle {
        certificates = List.copyOf(certificates);
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("A bundle holds at least one certificate.");
        }
    }

    /** The end-entity certificate when the bundle is a chain; otherwise simply the first one. */
    public CertificateFacts leaf() {
        return certificates.getFirst();
    }

    /** The SHA-256 fingerprints, in bundle order, for the caller's duplicate check. */
    public List<String> fingerprints() {
        return certificates.stream().map(CertificateFacts::sha256Fingerprint).toList();
    }
}
