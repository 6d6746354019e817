package io.peeringconsole.truststore.validation;

import static io.peeringconsole.truststore.testing.TestCertificates.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Trust by SPKI pin, and rollover of peer certificates and anchors. */
class PinAndRolloverTest {

    private final CertificateValidator validator = new CertificateValidator();
    private final TestCertificate root = TestCertificates.anchor("CN=Root").build();
    private final Instant cutOver = NOW.plus(Duration.ofDays(10));

    @Test
    void pinnedSelfSignedCertificateIsTrustedWithoutAnchor() {
        TestCertificate selfSigned = TestCertificates.leaf("example.net").dns("example.net").build();
        Verdict verdict = validator.validate(ValidationRequest.forPeer("example.net", selfSigned.chainWith())
                .pins(List.of(selfSigned.facts().spkiPin())).at(NOW));
        assertEquals(Set.of(ReasonCode.PINNED), verdict.codes());
        assertTrue(verdict.trusted());
    }

    @Test
    void pinDoesNotWaiveExpiryKeyStrengthOrDomain() {
        TestCertificate bad = TestCertificates.leaf("example.org").dns("example.org").rsa(1024).validUntil(NOW.minusSeconds(5)).build();
        Verdict verdict = validator.validate(ValidationRequest.forPeer("example.net", bad.chainWith())
                .pins(List.of(bad.facts().spkiPin())).at(NOW));
        assertEquals(Set.of(ReasonCode.PINNED, ReasonCode.EXPIRED, ReasonCode.WEAK_KEY, ReasonCode.DOMAIN_MISMATCH), verdict.codes());
    }

    @Test
    void pinsThatDoNotMatchFailEvenWithAGoodChain() {
        TestCertificate leaf = TestCertificates.leaf("peer").dns("example.net").issuedBy(root).build();
        TestCertificate other = TestCertificates.leaf("other").build();
        Verdict verdict = validator.validate(ValidationRequest.forPeer("example.net", leaf.chainWith())
                .anchors(List.of(root.facts())).pins(List.of(other.facts().spkiPin())).at(NOW));
        assertEquals(Set.of(ReasonCode.PIN_MISMATCH), verdict.codes());
        assertTrue(verdict.failures().getFirst().message().contains(leaf.facts().spkiPin()));
    }

    @Test
    void peerCertificateRolloverBothTrustedInsideTheWindow() {
        TestCertificate old = TestCertificates.leaf("peer").dns("example.net").issuedBy(root).build();
        TestCertificate renewed = TestCertificates.leaf("peer").dns("example.net").issuedBy(root).build();
        RolloverWindow window = new RolloverWindow(old.facts(), renewed.facts(), cutOver);
        Verdict oldVerdict = validateWith(old, window, NOW);
        assertEquals(Set.of(ReasonCode.ROLLOVER_PENDING), oldVerdict.codes());
        assertTrue(oldVerdict.trusted());
        assertEquals(Set.of(), validateWith(renewed, window, NOW).codes());
        assertEquals(List.of(old.facts(), renewed.facts()), window.trustedAt(NOW));
    }

    @Test
    void peerCertificateRolloverOnlyTheNewAfterTheWindow() {
        TestCertificate old = TestCertificates.leaf("peer").dns("example.net").issuedBy(root).build();
        TestCertificate renewed = TestCertificates.leaf("peer").dns("example.net").issuedBy(root).build();
        RolloverWindow window = new RolloverWindow(old.facts(), renewed.facts(), cutOver);
        Instant after = cutOver.plusSeconds(1);
        Verdict oldVerdict = validateWith(old, window, after);
        assertEquals(Set.of(ReasonCode.ROLLED_OVER), oldVerdict.codes());
        assertFalse(oldVerdict.trusted());
        assertEquals(Set.of(), validateWith(renewed, window, after).codes());
        assertEquals(List.of(renewed.facts()), window.trustedAt(after));
    }

    @Test
    void anchorRolloverWithTheSameNamePicksTheKeyThatSigned() {
        TestCertificate newRoot = TestCertificates.anchor("CN=Root").build();
        TestCertificate underOld = TestCertificates.leaf("peer").dns("example.net").issuedBy(root).build();
        TestCertificate underNew = TestCertificates.leaf("peer").dns("example.net").issuedBy(newRoot).build();
        RolloverWindow window = new RolloverWindow(root.facts(), newRoot.facts(), cutOver);
        List<io.peeringconsole.truststore.certificate.CertificateFacts> anchors = List.of(root.facts(), newRoot.facts());
        assertEquals(Set.of(ReasonCode.ROLLOVER_PENDING), validate(underOld, anchors, window, NOW).codes());
        assertEquals(Set.of(), validate(underNew, anchors, window, NOW).codes());
        assertEquals(Set.of(ReasonCode.ROLLED_OVER), validate(underOld, anchors, window, cutOver).codes());
        assertEquals(Set.of(), validate(underNew, anchors, window, cutOver).codes());
    }

    private Verdict validateWith(TestCertificate leaf, RolloverWindow window, Instant at) {
        return validate(leaf, List.of(root.facts()), window, at);
    }

    private Verdict validate(TestCertificate leaf, List<io.peeringconsole.truststore.certificate.CertificateFacts> anchors,
            RolloverWindow window, Instant at) {
        return validator.validate(ValidationRequest.forPeer("example.net", leaf.chainWith())
                .anchors(anchors).rollovers(List.of(window)).at(at));
    }
}
