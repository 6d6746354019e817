package io.peeringconsole.snapshot.application;

import io.peeringconsole.agreement.application.AgreementService;
import io.peeringconsole.agreement.application.ClearingHouseService;
import io.peeringconsole.agreement.application.PublicGroupService;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.agreement.domain.Direction;
import io.peeringconsole.agreement.domain.PeeringAgreement;
import io.peeringconsole.registry.domain.PeerNetwork;
import io.peeringconsole.snapshot.domain.AgreementInForce;
import io.peeringconsole.snapshot.domain.HubRoute;
import io.peeringconsole.snapshot.domain.PeerConfiguration;
import io.peeringconsole.snapshot.domain.PeerConfiguration.ExposedGroup;
import io.peeringconsole.snapshot.domain.PeerTrust;
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
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers what a local domain's gateways must enforce now, from the services that own each part: the ACTIVE
 * agreements (suspended ones are out of force and left out), each peer's trust, the clearing house it is reached
 * through, its privacy terms and the public groups exposed to it. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ActiveState {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    @Inject
    AgreementService agreements;

    @Inject
    PeerTrustService trust;

    @Inject
    ClearingHouseService clearingHouses;

    @Inject
    PublicGroupService publicGroups;

    @Inject
    SharingTerms sharingTerms;

    public SnapshotInput of(String localDomain, Instant now) {
        List<PeeringAgreement> active = em.createQuery("select a from PeeringAgreement a where a.localDomain = :domain"
                        + " and a.lastChange.status = :active order by a.id", PeeringAgreement.class)
                .setParameter("domain", localDomain)
                .setParameter("active", AgreementStatus.ACTIVE)
                .getResultList();
        Map<Long, PeerTrust> trustCache = new HashMap<>();
        List<PeerConfiguration> peers = active.stream().map(a -> peer(a, now, trustCache)).toList();
        return new SnapshotInput(localDomain, peers);
    }

    private PeerConfiguration peer(PeeringAgreement agreement, Instant now, Map<Long, PeerTrust> trustCache) {
        PeerNetwork peer = em.find(PeerNetwork.class, agreement.peerNetworkId());
        var terms = agreement.terms();
        AgreementInForce inForce = new AgreementInForce(agreement.id(), agreement.grant(Direction.INBOUND),
                agreement.grant(Direction.OUTBOUND), terms.tlsVersion(), terms.validity().from(),
                terms.validity().until());
        List<ExposedGroup> groups = publicGroups.exposedTo(agreement.localDomain(), peer.id()).stream()
                .map(g -> new ExposedGroup(g.uri(), g.maxSize())).toList();
        return new PeerConfiguration(peer.id(), peer.displayName(), peer.domainNames(), inForce,
                trustCache.computeIfAbsent(peer.id(), id -> trustOf(id, now)),
                sharingTerms.termsOf(agreement.localDomain(), peer.id()), groups,
                hub(agreement.route().clearingHouseId(), now, trustCache),
                agreements.recheck(agreement.id()).reasons());
    }

    private HubRoute hub(Long clearingHouseId, Instant now, Map<Long, PeerTrust> trustCache) {
        if (clearingHouseId == null) {
            return null;
        }
        PeerNetwork hub = em.find(PeerNetwork.class, clearingHouseId);
        return new HubRoute(hub.id(), hub.displayName(), hub.domainNames(), clearingHouses.policyOf(hub.id()),
                trustCache.computeIfAbsent(hub.id(), id -> trustOf(id, now)));
    }

    private PeerTrust trustOf(long peerNetworkId, Instant now) {
        PeerTrustView view = trust.trustOf(peerNetworkId, now);
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
