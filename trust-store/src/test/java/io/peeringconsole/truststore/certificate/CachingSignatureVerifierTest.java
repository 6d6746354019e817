package io.peeringconsole.truststore.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingSignatureVerifierTest {

    private final TestCertificate root = TestCertificates.anchor("CN=Root").build();
    private final TestCertificate leaf = TestCertificates.leaf("peer").issuedBy(root).build();
    private final TestCertificate stranger = TestCertificates.anchor("CN=Root").build();
    private final AtomicInteger calls = new AtomicInteger();

    private final SignatureVerifier counting = new SignatureVerifier() {
        private final SignatureVerifier real = new JcaSignatureVerifier();

        @Override
        public boolean isSignedBy(CertificateFacts certificate, CertificateFacts issuer) {
            calls.incrementAndGet();
            return real.isSignedBy(certificate, issuer);
        }

        @Override
        public boolean isSignedBy(CrlFacts crl, CertificateFacts issuer) {
            calls.incrementAndGet();
            return real.isSignedBy(crl, issuer);
        }
    };

    @Test
    void remembersAnswersPerCertificateAndIssuer() {
        CachingSignatureVerifier verifier = new CachingSignatureVerifier(counting, 10);
        assertTrue(verifier.isSignedBy(leaf.facts(), root.facts()));
        assertTrue(verifier.isSignedBy(leaf.facts(), root.facts()));
        assertFalse(verifier.isSignedBy(leaf.facts(), stranger.facts()));
        assertFalse(verifier.isSignedBy(leaf.facts(), stranger.facts()));
        assertEquals(2, calls.get());
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondCapacity() {
        CachingSignatureVerifier verifier = new CachingSignatureVerifier(counting, 1);
        verifier.isSignedBy(leaf.facts(), root.facts());
        verifier.isSignedBy(leaf.facts(), stranger.facts());
        verifier.isSignedBy(leaf.facts(), root.facts());
        assertEquals(3, calls.get());
    }
}
