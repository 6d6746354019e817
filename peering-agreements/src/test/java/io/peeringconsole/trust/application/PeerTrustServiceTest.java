package io.peeringconsole.trust.application;

import static io.peeringconsole.access.domain.OperatorBuilder.aDomainAdminOf;
import static io.peeringconsole.access.domain.OperatorBuilder.aSecurityOfficer;
import static io.peeringconsole.access.domain.OperatorBuilder.anAdmin;
import static io.peeringconsole.trust.application.TrustServices.PEER;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET_RENEWED;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_ORG;
import static io.peeringconsole.trust.domain.TrustFixtures.INTERMEDIATE;
import static io.peeringconsole.trust.domain.TrustFixtures.NOW;
import static io.peeringconsole.trust.domain.TrustFixtures.ROOT;
import static io.peeringconsole.trust.domain.TrustFixtures.bundle;
import static io.peeringconsole.trust.domain.TrustFixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.trust.domain.TrustFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A peer's trust as the service answers it, and the changes besides imports: removal, rollover, pins, CRLs. */
class PeerTrustServiceTest {

    private final TrustServices services = new TrustServices();
    private final PeerTrustService trust = services.peerTrust(NOW);

    private static List<String> codes(DomainVerdictView verdict) {
        return verdict.reasons().stream().map(ReasonView::code).toList();
    }

    @Test
    void aPeerWithoutEvidenceIsUntrustedForEachDomainWithOneReason() {
        PeerTrustView view = trust.trustOf(PEER, NOW);
        assertEquals(List.of("example.net", "example.org"), view.verdicts().stream().map(DomainVerdictView::domain)
                .toList());
        DomainVerdictView net = view.verdicts().getFirst();
        assertFalse(net.trusted());
        assertEquals(List.of(new ReasonView("NO_TRUST_EVIDENCE", "ERROR", "No certificate or pin is registered for"
                + " example.net: import the certificate its gateways present, or pin its key.", null)), net.reasons());
    }

    @Test
    void aChainToAnAnchorInScopeIsTrustedPerDomain() {
        trust.importAnchors(aSecurityOfficer(), null, bytes(ROOT));
        trust.importCertificates(anAdmin(), PEER, bundle(EXAMPLE_NET, INTERMEDIATE));
        PeerTrustView view = trust.trustOf(PEER, NOW);
        assertEquals(2, view.certificates().size());
        assertEquals(1, view.anchors().size());
        DomainVerdictView net = view.verdicts().get(0);
        DomainVerdictView org = view.verdicts().get(1);
        assertTrue(net.trusted(), net::toString);
        assertEquals(List.of(), net.reasons());
        assertFalse(org.trusted());
        assertEquals(List.of("DOMAIN_MISMATCH"), codes(org));
        assertEquals("ERROR", org.reasons().getFirst().severity());
    }

    @Test
    void peerScopedAnchorsCountOnlyForTheirPeer() {
        trust.importAnchors(anAdmin(), TrustServices.OTHER_PEER, bytes(ROOT));
        trust.importCertificates(anAdmin(), PEER, bundle(EXAMPLE_NET, INTERMEDIATE));
        assertFalse(trust.trustOf(PEER, NOW).verdicts().getFirst().trusted());
        assertEquals(List.of(), trust.listAnchors(null));
        assertEquals(1, trust.listAnchors(TrustServices.OTHER_PEER).size());
    }

    @Test
    void pinsAreAddedValidatedAndRemovedWithAudit() {
        String pin = TrustFixtures.facts(EXAMPLE_NET).spkiPin();
        PinView added = trust.addPin(aDomainAdminOf("example.com"), PEER, "pin-sha256=\"" + pin + "\"", "from NOC");
        assertEquals(pin, added.spkiPin());
        assertThrows(ConflictException.class, () -> trust.addPin(anAdmin(), PEER, pin, null));
        assertEquals("spkiPin", assertThrows(RuleViolationException.class,
                () -> trust.addPin(anAdmin(), PEER, "abc", null)).field());
        DomainVerdictView pinnedOnly = trust.trustOf(PEER, NOW).verdicts().getFirst();
        assertTrue(pinnedOnly.trusted());
        assertEquals(List.of("PINNED"), codes(pinnedOnly));
        trust.removePin(anAdmin(), added.id());
        assertThrows(NotFoundException.class, () -> trust.removePin(anAdmin(), added.id()));
        assertEquals(List.of("PIN_ADDED", "PIN_REMOVED"), services.audit.actions());
        assertTrue(services.audit.events.getLast().before().contains(pin));
    }

    @Test
    void removalChecksVersionAndRoleAndCancelsARolloverFromIt() {
        long old = trust.importCertificates(anAdmin(), PEER, bytes(EXAMPLE_NET)).stored().getFirst().id();
        long renewed = trust.importCertificates(anAdmin(), PEER, bytes(EXAMPLE_NET_RENEWED)).stored().getFirst().id();
        trust.scheduleRollover(anAdmin(), renewed, old, NOW.plus(Duration.ofDays(10)));
        assertThrows(ConflictException.class, () -> trust.remove(anAdmin(), old, 5));
        assertThrows(AccessDeniedException.class, () -> trust.remove(aSecurityOfficer(), old, 0));
        trust.remove(anAdmin(), old, 0);
        CertificateView left = trust.trustOf(PEER, NOW).certificates().getFirst();
        assertEquals(renewed, left.id());
        assertNull(left.replacesId());
        assertNull(left.overlapUntil());
        assertEquals("CERTIFICATE_REMOVED", services.audit.actions().getLast());
        assertThrows(NotFoundException.class, () -> trust.remove(anAdmin(), old, 0));
    }

    @Test
    void aScheduledRolloverIsShownAuditedAndEndsTheOldCertificatesTrust() {
        trust.importAnchors(anAdmin(), null, bytes(ROOT));
        long old = trust.importCertificates(anAdmin(), PEER, bundle(EXAMPLE_ORG, INTERMEDIATE)).stored().getFirst()
                .id();
        long renewed = trust.importCertificates(anAdmin(), PEER, bytes(EXAMPLE_NET_RENEWED)).stored().getFirst().id();
        Instant cutOver = NOW.plus(Duration.ofDays(10));
        CertificateView view = trust.scheduleRollover(anAdmin(), renewed, old, cutOver);
        assertEquals(old, view.replacesId());
        assertEquals(cutOver, view.overlapUntil());
        assertEquals("ROLLOVER_SCHEDULED", services.audit.actions().getLast());
        assertTrue(services.audit.events.getLast().after().contains(cutOver.toString()));
        DomainVerdictView during = trust.trustOf(PEER, NOW).verdicts().get(1);
        assertEquals(List.of("ROLLOVER_PENDING"), codes(during));
        assertEquals("WARNING", during.reasons().getFirst().severity());
        DomainVerdictView after = trust.trustOf(PEER, cutOver).verdicts().get(1);
        assertEquals(List.of("DOMAIN_MISMATCH"), codes(after));
    }

    @Test
    void crlsAreImportedOnceByTheRightRoles() {
        CrlView crl = trust.importCrl(aSecurityOfficer(), bytes(TrustFixtures.CRL));
        assertEquals(0, crl.revokedCount());
        assertFalse(crl.stale());
        assertEquals(crl, trust.importCrl(anAdmin(), bytes(TrustFixtures.CRL)));
        assertEquals(List.of("CRL_IMPORTED"), services.audit.actions());
        assertEquals(List.of(crl), trust.listCrls());
        assertThrows(AccessDeniedException.class, () -> trust.importCrl(aDomainAdminOf("example.com"),
                bytes(TrustFixtures.CRL)));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> trust.importCrl(anAdmin(), bytes(EXAMPLE_NET)));
        assertEquals("crl", refused.field());
        assertEquals(1, services.store.crlRows.size());
    }

    @Test
    void expiringListsWhatEndsSoonestFirstWithLevels() {
        trust.importAnchors(anAdmin(), null, bytes(ROOT));
        trust.importCertificates(anAdmin(), PEER, bytes(EXAMPLE_NET));
        Instant leafEnd = TrustFixtures.facts(EXAMPLE_NET).notAfter();
        assertEquals(List.of(), trust.expiring(NOW, 30));
        List<ExpiringView> soon = trust.expiring(leafEnd.minus(Duration.ofDays(5)), 30);
        // The root was made first, so it ends first (or in the same second, and was imported first).
        assertEquals(List.of("TRUST_ANCHOR", "PEER_CERTIFICATE"), soon.stream().map(e -> e.certificate().purpose())
                .toList());
        assertNull(soon.getFirst().peerDisplayName());
        ExpiringView leaf = soon.get(1);
        assertEquals("Example Networks", leaf.peerDisplayName());
        assertEquals(PEER, leaf.peerNetworkId());
        assertEquals("WITHIN_7_DAYS", leaf.level());
        assertEquals(5, leaf.daysLeft());
        assertEquals(2, trust.countExpiring(leafEnd.minus(Duration.ofDays(5)), 30));
        assertEquals("EXPIRED", trust.expiring(leafEnd.plus(Duration.ofDays(1)), 0).getFirst().level());
        assertEquals("days", assertThrows(RuleViolationException.class, () -> trust.expiring(NOW, 90)).field());
    }
}
