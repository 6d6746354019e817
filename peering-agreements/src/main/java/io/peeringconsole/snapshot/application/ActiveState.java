package io.peeringconsole.snapshot.application;

import io.peeringconsole.agreement.application.AgreementRechecks;
import io.peeringconsole.agreement.application.ClearingHouseService;
import io.peeringconsole.agreement.application.PublicGroupService;
import io.peeringconsole.agreement.application.PublicGroupView;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.Direction;
import io.peeringconsole.agreement.domain.GateResult;
import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import io.peeringconsole.agreement.infrastructure.TrustStoreCheck;
import io.peeringconsole.registry.domain.PeerNetwork;
import io.peeringconsole.rules.application.IdChunks;
import io.peeringconsole.snapshot.domain.AgreementInForce;
import io.peeringconsole.snapshot.domain.HubRoute;
import io.peeringconsole.snapshot.domain.PeerConfiguration;
import io.peeringconsole.snapshot.domain.PeerConfiguration.ExposedGroup;
import io.peeringconsole.snapshot.domain.PeerTrust;
import io.peeringconsole.snapshot.domain.SharingTerm;
import io.peeringconsole.snapshot.domain.SnapshotInput;
import io.peeringconsole.snapshot.domain.TrustMaterial;
import io.peeringconsole.trust.application.CertificateView;
import io.peeringconsole.trust.application.DomainVerdictView;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.trust.application.PeerTrustView;
import io.peeringconsole.trust.application.PinView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers what a local domain's gateways must enforce now, from the services that own each part: the ACTIVE
 * agreements (suspended ones are out of force and left out), each peer's trust, the clearing house it is reached
 * through, its privacy terms and the public groups exposed to it. Runs inside the caller's transaction.
 * <p>
 * Reads in bulk: one query per kind for all peers of the domain (per thousand peers), never one per agreement. Every
 * query used to flush the persistence context first, which holds all that was read so far; per-agreement reads made
 * a publish quadratic in the number of peers (minutes at a thousand peers).
 */
@ApplicationScoped
public class ActiveState {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AgreementRechecks agreements;

    @Inject
    PeerTrustService trust;

    @Inject
    ClearingHouseService clearingHouses;

    @Inject
    PublicGroupService publicGroups;

    @Inject
    SharingTerms sharingTerms;

    public SnapshotInput of(String localDomain, Instant now) {
        // Every query would otherwise first scan the whole persistence context for changes to flush, and the context
        // grows with each read: flush what the caller changed once, then read without flushing (only reads follow).
        em.flush();
        FlushModeType callers = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return gather(localDomain, now);
        } finally {
            em.setFlushMode(callers);
        }
    }

    private SnapshotInput gather(String localDomain, Instant now) {
        List<PeeringAgreement> active = em.createQuery("select a from PeeringAgreement a where a.localDomain = :domain"
                        + " and a.lastChange.status = :active order by a.id", PeeringAgreement.class)
                .setParameter("domain", localDomain)
                .setParameter("active", AgreementStatus.ACTIVE)
                .getResultList();
        Set<Long> peerIds = active.stream().map(PeeringAgreement::peerNetworkId).collect(Collectors.toSet());
        Set<Long> hubIds = active.stream().map(a -> a.route().clearingHouseId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> parties = new HashSet<>(peerIds);
        parties.addAll(hubIds);
        Gathered gathered = new Gathered(peers(parties), trust.trustOf(parties, now),
                publicGroups.exposedTo(localDomain, peerIds), sharingTerms.termsOf(localDomain, peerIds),
                clearingHouses.policiesOf(hubIds));
        // The gate re-check reads the same trust views the snapshot carries: each peer's verdicts are computed once.
        Map<Long, GateResult> gate = agreements.recheck(active, TrustStoreCheck.answering(gathered.trust()),
                gathered.hubPolicies(), now);
        List<PeerConfiguration> peers = active.stream().map(a -> peer(a, gathered, gate.get(a.id()))).toList();
        return new SnapshotInput(localDomain, peers);
    }

    /** Everything read for one publish, one query per kind for all peers of the domain. */
    private record Gathered(Map<Long, PeerNetwork> peers, Map<Long, PeerTrustView> trust,
            Map<Long, List<PublicGroupView>> groups, Map<Long, SharingTerm> terms, Map<Long, HubPolicy> hubPolicies) {
    }

    private PeerConfiguration peer(PeeringAgreement agreement, Gathered gathered, GateResult gate) {
        PeerNetwork peer = gathered.peers().get(agreement.peerNetworkId());
        var terms = agreement.terms();
        AgreementInForce inForce = new AgreementInForce(agreement.id(), agreement.grant(Direction.INBOUND),
                agreement.grant(Direction.OUTBOUND), terms.tlsVersion(), terms.validity().from(),
                terms.validity().until());
        List<ExposedGroup> groups = gathered.groups().get(peer.id()).stream()
                .map(g -> new ExposedGroup(g.uri(), g.maxSize())).toList();
        return new PeerConfiguration(peer.id(), peer.displayName(), peer.domainNames(), inForce,
                trustOf(gathered.trust().get(peer.id())), gathered.terms().get(peer.id()), groups,
                hub(agreement.route().clearingHouseId(), gathered), gate.reasons());
    }

    private HubRoute hub(Long clearingHouseId, Gathered gathered) {
        if (clearingHouseId == null) {
            return null;
        }
        PeerNetwork hub = gathered.peers().get(clearingHouseId);
        return new HubRoute(hub.id(), hub.displayName(), hub.domainNames(), gathered.hubPolicies().get(hub.id()),
                trustOf(gathered.trust().get(hub.id())));
    }

    private Map<Long, PeerNetwork> peers(Set<Long> ids) {
        Map<Long, PeerNetwork> peers = new HashMap<>();
        IdChunks.query(ids, slice -> em.createQuery("select distinct p from PeerNetwork p left join fetch p.domains"
                + " where p.id in :ids", PeerNetwork.class).setParameter("ids", slice).getResultList())
                .forEach(p -> peers.put(p.id(), p));
        return peers;
    }

    private static PeerTrust trustOf(PeerTrustView view) {
        return new PeerTrust(view.anchors().stream().map(ActiveState::material).toList(),
                view.certificates().stream().map(ActiveState::material).toList(),
                view.pins().stream().map(PinView::spkiPin).toList(),
                view.verdicts().stream().filter(DomainVerdictView::trusted).map(DomainVerdictView::domain).toList());
    }

    private static TrustMaterial material(CertificateView certificate) {
        return new TrustMaterial(certificate.sha256Fingerprint(), certificate.spkiPin(), certificate.subject(),
                certificate.notBefore(), certificate.notAfter(), certificate.pem(), certificate.overlapUntil());
    }
}
