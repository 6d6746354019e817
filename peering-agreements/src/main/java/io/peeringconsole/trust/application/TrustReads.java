package io.peeringconsole.trust.application;

import io.peeringconsole.trust.domain.DomainTrust;
import io.peeringconsole.trust.domain.ExpiryRule;
import io.peeringconsole.trust.domain.ImportedCrls;
import io.peeringconsole.trust.domain.KnownCertificate;
import io.peeringconsole.trust.domain.PeerEvidence;
import io.peeringconsole.trust.domain.RegistryLookup;
import io.peeringconsole.trust.domain.TrustPin;
import io.peeringconsole.trust.domain.TrustPins;
import io.peeringconsole.trust.domain.TrustPurpose;
import io.peeringconsole.trust.domain.TrustedCertificate;
import io.peeringconsole.trust.domain.TrustedCertificates;
import io.peeringconsole.trust.domain.TrustedPeer;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CrlFacts;
import io.peeringconsole.truststore.validation.CertificateValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The read side of trust: a peer's trust with its verdicts, anchor and CRL lists, expiry listings. */
final class TrustReads {

    private final RegistryLookup registry;
    private final TrustedCertificates certificates;
    private final TrustPins pins;
    private final ImportedCrls crls;
    private final StoredFacts facts;
    private final CertificateValidator validator;

    TrustReads(RegistryLookup registry, TrustedCertificates certificates, TrustPins pins, ImportedCrls crls,
            StoredFacts facts, CertificateValidator validator) {
        this.registry = registry;
        this.certificates = certificates;
        this.pins = pins;
        this.crls = crls;
        this.facts = facts;
        this.validator = validator;
    }

    PeerTrustView trustOf(TrustedPeer peer, Instant now) {
        List<Read> own = read(certificates.of(peer.id(), TrustPurpose.PEER_CERTIFICATE));
        List<Read> anchors = read(anchorsInScope(peer.id()));
        return trustOf(peer, own, anchors, pins.of(peer.id()), crls.all().stream().map(facts::of).toList(), now);
    }

    /**
     * The same views for many peers, with one query per kind of evidence for all of them: global anchors and CRLs
     * are read (and parsed) once, not once per peer. Peers that do not exist are left out.
     */
    Map<Long, PeerTrustView> trustOf(Collection<Long> peerNetworkIds, Instant now) {
        Map<Long, TrustedPeer> peers = registry.peers(peerNetworkIds);
        Map<Long, List<Read>> own = byPeer(read(certificates.ofPeers(peers.keySet(), TrustPurpose.PEER_CERTIFICATE)));
        Map<Long, List<Read>> ownAnchors = byPeer(read(certificates.ofPeers(peers.keySet(),
                TrustPurpose.TRUST_ANCHOR)));
        Map<Long, List<TrustPin>> peerPins = pins.ofPeers(peers.keySet()).stream()
                .collect(Collectors.groupingBy(TrustPin::peerNetworkId));
        List<Read> global = read(certificates.of(null, TrustPurpose.TRUST_ANCHOR));
        List<CrlFacts> allCrls = crls.all().stream().map(facts::of).toList();
        Map<Long, PeerTrustView> views = new LinkedHashMap<>();
        for (TrustedPeer peer : peers.values()) {
            List<Read> anchors = new ArrayList<>(global);
            anchors.addAll(ownAnchors.getOrDefault(peer.id(), List.of()));
            views.put(peer.id(), trustOf(peer, own.getOrDefault(peer.id(), List.of()), anchors,
                    peerPins.getOrDefault(peer.id(), List.of()), allCrls, now));
        }
        return views;
    }

    private PeerTrustView trustOf(TrustedPeer peer, List<Read> own, List<Read> anchors, List<TrustPin> peerPins,
            List<CrlFacts> allCrls, Instant now) {
        PeerEvidence evidence = new PeerEvidence(own.stream().map(Read::known).toList(),
                anchors.stream().map(Read::known).toList(),
                peerPins.stream().map(TrustPin::spkiPin).collect(Collectors.toSet()), allCrls);
        DomainTrust trust = new DomainTrust(validator);
        List<DomainVerdictView> verdicts = peer.domains().stream()
                .map(domain -> DomainVerdictView.of(trust.judge(domain, evidence, now)))
                .toList();
        return new PeerTrustView(peer.id(), own.stream().map(Read::view).toList(),
                anchors.stream().map(Read::view).toList(), peerPins.stream().map(PinView::of).toList(), verdicts);
    }

    List<CertificateView> anchors(Long peerNetworkId) {
        return certificates.of(peerNetworkId, TrustPurpose.TRUST_ANCHOR).stream().map(facts::view).toList();
    }

    List<ExpiringView> expiring(Instant now, int withinDays) {
        List<TrustedCertificate> ending = certificates.endingBy(ExpiryRule.horizon(now, withinDays), now);
        Map<Long, String> names = registry.displayNames(ending.stream().map(TrustedCertificate::peerNetworkId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return ending.stream().map(c -> new ExpiringView(facts.view(c), c.peerNetworkId(),
                names.get(c.peerNetworkId()), ExpiryRule.daysLeft(c.notAfter(), now),
                ExpiryRule.level(c.notAfter(), now).name())).toList();
    }

    long countExpiring(Instant now, int withinDays) {
        return certificates.countEndingBy(ExpiryRule.horizon(now, withinDays), now);
    }

    List<CrlView> crls(Instant now) {
        return crls.all().stream().map(crl -> CrlView.of(crl, facts.of(crl), now)).toList();
    }

    private List<TrustedCertificate> anchorsInScope(long peerNetworkId) {
        List<TrustedCertificate> anchors = new ArrayList<>(certificates.of(null, TrustPurpose.TRUST_ANCHOR));
        anchors.addAll(certificates.of(peerNetworkId, TrustPurpose.TRUST_ANCHOR));
        return anchors;
    }

    private static Map<Long, List<Read>> byPeer(List<Read> reads) {
        return reads.stream().collect(Collectors.groupingBy(r -> r.stored().peerNetworkId()));
    }

    private List<Read> read(List<TrustedCertificate> stored) {
        return stored.stream().map(c -> new Read(c, facts.of(c))).toList();
    }

    /** A stored certificate read once, for both the verdicts and the view. */
    private record Read(TrustedCertificate stored, CertificateFacts facts) {

        KnownCertificate known() {
            return KnownCertificate.of(stored, facts);
        }

        CertificateView view() {
            return CertificateView.of(stored, facts);
        }
    }
}
