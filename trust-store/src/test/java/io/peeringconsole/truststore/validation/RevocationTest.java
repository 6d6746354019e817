package io.peeringconsole.truststore.validation;

import static io.peeringconsole.truststore.testing.TestCertificates.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.certificate.CrlFacts;
import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import io.peeringconsole.truststore.testing.TestKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.CRLReason;
import org.junit.jupiter.api.Test;

class RevocationTest {

    private final CertificateValidator validator = new CertificateValidator();
    private final TestCertificate root = TestCertificates.anchor("CN=Root").build();
    private final TestCertificate ca = TestCertificates.intermediate("CN=Issuing CA").issuedBy(root).build();
    private final TestCertificate leaf = TestCertificates.leaf("peer").dns("example.net").issuedBy(ca).build();

    private Verdict validate(CrlFacts... crls) {
        return validator.validate(ValidationRequest.forPeer("example.net", leaf.chainWith(ca))
                .anchors(List.of(root.facts())).crls(List.of(crls)).at(NOW));
    }

    @Test
    void revokedLeafNamesReasonAndDate() {
        Instant when = Instant.parse("2030-05-20T08:30:00Z");
        Verdict verdict = validate(TestCertificates.crl(ca).revoke(leaf, CRLReason.keyCompromise, when).build());
        assertEquals(Set.of(ReasonCode.REVOKED), verdict.codes());
        String message = verdict.failures().getFirst().message();
        assertTrue(message.contains("key compromise") && message.contains("2030-05-20 08:30 UTC"), message);
    }

    @Test
    void revokedIntermediateIsFoundInTheRootsCrl() {
        Verdict verdict = validate(TestCertificates.crl(root).revoke(ca, CRLReason.cACompromise, NOW.minusSeconds(60)).build());
        assertEquals(Set.of(ReasonCode.REVOKED), verdict.codes());
        assertEquals(ca.facts().sha256Fingerprint(), verdict.failures().getFirst().certificateFingerprint());
    }

    @Test
    void currentCrlWithoutTheLeafKeepsItTrusted() {
        TestCertificate other = TestCertificates.leaf("other").issuedBy(ca).build();
        assertEquals(Set.of(), validate(TestCertificates.crl(ca).revoke(other, NOW.minusSeconds(60)).build()).codes());
    }

    @Test
    void revocationDatedInTheFutureDoesNotApplyYet() {
        assertEquals(Set.of(), validate(TestCertificates.crl(ca).revoke(leaf, NOW.plus(Duration.ofDays(1))).build()).codes());
    }

    @Test
    void staleCrlIsReported() {
        CrlFacts stale = TestCertificates.crl(ca).thisUpdate(NOW.minus(Duration.ofDays(20)))
                .nextUpdate(NOW.minus(Duration.ofDays(13))).build();
        assertEquals(Set.of(ReasonCode.CRL_STALE), validate(stale).codes());
    }

    @Test
    void newerCrlReplacesAStaleOne() {
        CrlFacts stale = TestCertificates.crl(ca).thisUpdate(NOW.minus(Duration.ofDays(20)))
                .nextUpdate(NOW.minus(Duration.ofDays(13))).build();
        CrlFacts current = TestCertificates.crl(ca).build();
        assertEquals(Set.of(), validate(stale, current).codes());
    }

    @Test
    void crlWithBadSignatureIsReportedAndIgnored() {
        CrlFacts forged = TestCertificates.crl(ca).revoke(leaf, NOW.minusSeconds(60)).signedWith(TestKeys.ec("secp256r1")).build();
        assertEquals(Set.of(ReasonCode.CRL_SIGNATURE_INVALID), validate(forged).codes());
    }
}
