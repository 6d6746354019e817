package io.peeringconsole.trust.domain;

import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET_RENEWED;
import static io.peeringconsole.trust.domain.TrustFixtures.NOW;
import static io.peeringconsole.trust.domain.TrustFixtures.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TrustedCertificateTest {

    private final Instant overlapUntil = NOW.plus(Duration.ofDays(14));

    private static TrustedCertificate stored(long id, Long peer, TrustPurpose purpose, String fixture) {
        return EntityIds.assign(TrustedCertificate.imported(peer, purpose, TrustFixtures.facts(fixture), "alice", NOW),
                id);
    }

    @Test
    void keepsThePemAndCopiesTheFactsForListing() {
        CertificateFacts facts = TrustFixtures.facts(EXAMPLE_NET);
        TrustedCertificate c = TrustedCertificate.imported(7L, TrustPurpose.PEER_CERTIFICATE, facts, "alice", NOW);
        assertEquals(facts.pem(), c.pem());
        assertEquals(facts.sha256Fingerprint(), c.sha256Fingerprint());
        assertEquals(facts.spkiPin(), c.spkiPin());
        assertEquals(facts.subject(), c.subject());
        assertEquals(facts.notAfter(), c.notAfter());
        assertEquals(7L, c.peerNetworkId());
        assertEquals("alice", c.importedBy());
        assertNull(c.replacesId());
    }

    @Test
    void onlyAnchorsMayBeGlobal() {
        assertNull(TrustedCertificate.imported(null, TrustPurpose.TRUST_ANCHOR, TrustFixtures.facts(ROOT), "sam", NOW)
                .peerNetworkId());
        assertThrows(IllegalArgumentException.class, () -> TrustedCertificate.imported(null,
                TrustPurpose.PEER_CERTIFICATE, TrustFixtures.facts(EXAMPLE_NET), "alice", NOW));
    }

    @Test
    void cutsOverlongNamesInTheirColumnsOnly() {
        String longName = "CN=" + "x".repeat(2000);
        String cut = StoredNames.bounded(longName);
        assertEquals(TrustedCertificate.MAX_NAME, cut.length());
        assertTrue(cut.endsWith("…"));
        assertEquals("CN=short", StoredNames.bounded("CN=short"));
    }

    @Test
    void schedulesAndCancelsARollover() {
        TrustedCertificate old = stored(1, 7L, TrustPurpose.PEER_CERTIFICATE, EXAMPLE_NET);
        TrustedCertificate renewed = stored(2, 7L, TrustPurpose.PEER_CERTIFICATE, EXAMPLE_NET_RENEWED);
        renewed.scheduleRollover(old, overlapUntil, NOW);
        assertEquals(1L, renewed.replacesId());
        assertEquals(overlapUntil, renewed.overlapUntil());
        renewed.cancelRollover();
        assertNull(renewed.replacesId());
        assertNull(renewed.overlapUntil());
    }

    @Test
    void refusesRolloversThatMakeNoSense() {
        TrustedCertificate old = stored(1, 7L, TrustPurpose.PEER_CERTIFICATE, EXAMPLE_NET);
        TrustedCertificate renewed = stored(2, 7L, TrustPurpose.PEER_CERTIFICATE, EXAMPLE_NET_RENEWED);
        TrustedCertificate otherPeers = stored(3, 8L, TrustPurpose.PEER_CERTIFICATE, EXAMPLE_NET_RENEWED);
        TrustedCertificate anchor = stored(4, 7L, TrustPurpose.TRUST_ANCHOR, ROOT);
        assertRefused("outgoingCertificateId", "cannot replace itself",
                () -> old.scheduleRollover(old, overlapUntil, NOW));
        assertRefused("outgoingCertificateId", "same peer network",
                () -> otherPeers.scheduleRollover(old, overlapUntil, NOW));
        assertRefused("outgoingCertificateId", "same peer network",
                () -> anchor.scheduleRollover(old, overlapUntil, NOW));
        assertRefused("overlapUntil", "in the future", () -> renewed.scheduleRollover(old, NOW, NOW));
        assertRefused("overlapUntil", "in the future", () -> renewed.scheduleRollover(old, null, NOW));
        renewed.scheduleRollover(old, overlapUntil, NOW);
        assertRefused("outgoingCertificateId", "its own successor",
                () -> old.scheduleRollover(renewed, overlapUntil, NOW));
    }

    private static void assertRefused(String field, String text, Executable change) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, change);
        assertEquals(field, refused.field());
        assertTrue(refused.getMessage().contains(text), refused.getMessage());
    }
}
