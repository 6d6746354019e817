package io.peeringconsole.truststore.certificate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers verification results, keyed by the SHA-256 fingerprints of the signed object and of the issuer
 * certificate. Both are immutable DER, so the answer can never change; a collision would need a SHA-256 collision.
 * Peers present the same chains over and over, and the JDK's own certificates cache their last verification too.
 */
public final class CachingSignatureVerifier implements SignatureVerifier {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final SignatureVerifier delegate;
    private final Map<String, Boolean> results;

    public CachingSignatureVerifier(SignatureVerifier delegate, int capacity) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (capacity < 1) {
            throw new IllegalArgumentException("The cache holds at least one result.");
        }
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public boolean isSignedBy(CertificateFacts certificate, CertificateFacts issuer) {
        String key = "C" + certificate.sha256Fingerprint() + "/" + issuer.sha256Fingerprint();
        return cached(key).orElseGet(() -> remember(key, delegate.isSignedBy(certificate, issuer)));
    }

    @Override
    public boolean isSignedBy(CrlFacts crl, CertificateFacts issuer) {
        String key = "L" + crl.sha256Fingerprint() + "/" + issuer.sha256Fingerprint();
        return cached(key).orElseGet(() -> remember(key, delegate.isSignedBy(crl, issuer)));
    }

    private synchronized java.util.Optional<Boolean> cached(String key) {
        return java.util.Optional.ofNullable(results.get(key));
    }

    private synchronized boolean remember(String key, boolean result) {
        results.put(key, result);
        return result;
    }
}
