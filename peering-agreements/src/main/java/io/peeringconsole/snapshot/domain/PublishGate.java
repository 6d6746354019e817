package io.peeringconsole.snapshot.domain;

import io.peeringconsole.agreement.domain.GateReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a compiled state may go to gateways, listing every reason it may not: nothing included may be
 * expired or untrusted, and nothing may contradict itself (an agreement in force with a peer no gateway could
 * authenticate). The activation gate's own reasons for each agreement, re-checked now, count as well, so that what
 * was true at approval but is no longer stops the publish.
 */
public final class PublishGate {

    private PublishGate() {
    }

    public static List<PublishRefusal> check(SnapshotInput input, Instant now) {
        List<PublishRefusal> refusals = new ArrayList<>();
        for (PeerConfiguration peer : input.peers()) {
            refusals.addAll(check(peer, now));
        }
        return refusals;
    }

    /** The peers an automatic publish must leave out, because the gate refuses something about them. */
    public static Set<Long> refusedPeers(List<PublishRefusal> refusals) {
        Set<Long> peers = new HashSet<>();
        refusals.forEach(refusal -> peers.add(refusal.peerNetworkId()));
        return peers;
    }

    private static List<PublishRefusal> check(PeerConfiguration peer, Instant now) {
        List<PublishRefusal> refusals = new ArrayList<>();
        long id = peer.peerNetworkId();
        String who = "\u201c" + peer.name() + "\u201d";
        if (peer.domains().isEmpty()) {
            refusals.add(new PublishRefusal(PublishRefusal.PEER_WITHOUT_DOMAIN, id, "The peer network " + who
                    + " has no domain, so no gateway can recognise it; add its domains in the registry."));
        }
        expired(peer.trust(), who, id, now, refusals);
        HubRoute hub = peer.hub();
        boolean hubVouches = hub != null && hub.policy().vouchesForMembers() && !hub.trust().trustedDomains().isEmpty();
        if (peer.trust().trustedDomains().isEmpty() && !hubVouches) {
            refusals.add(new PublishRefusal(PublishRefusal.PEER_WITHOUT_TRUSTED_DOMAIN, id, "The agreement "
                    + peer.agreement().id() + " with " + who + " is in force, but none of its domains is trusted;"
                    + " import a valid certificate or pin for it, or suspend the agreement."));
        }
        if (hub != null) {
            expired(hub.trust(), "the clearing house \u201c" + hub.name() + "\u201d", id, now, refusals);
            if (hub.trust().trustedDomains().isEmpty()) {
                refusals.add(new PublishRefusal(PublishRefusal.CLEARING_HOUSE_UNTRUSTED, id, who + " is reached"
                        + " through the clearing house \u201c" + hub.name() + "\u201d, none of whose domains is trusted;"
                        + " import a valid certificate for the clearing house, or suspend the agreement."));
            }
        }
        if (peer.agreement().validUntil() != null && !peer.agreement().validUntil().isAfter(now)) {
            refusals.add(new PublishRefusal(PublishRefusal.AGREEMENT_VALIDITY_ENDED, id, "The agreement "
                    + peer.agreement().id() + " with " + who + " ended on " + peer.agreement().validUntil()
                    + " but is still active; let it expire or terminate it."));
        }
        addActivationRefusals(peer, refusals);
        return refusals;
    }

    private static void expired(PeerTrust trust, String who, long id, Instant now, List<PublishRefusal> refusals) {
        List<TrustMaterial> all = new ArrayList<>(trust.anchors());
        all.addAll(trust.certificates());
        for (TrustMaterial item : all) {
            if (item.expiredAt(now)) {
                refusals.add(new PublishRefusal(PublishRefusal.CERTIFICATE_EXPIRED, id, "The certificate "
                        + item.subject() + " (SHA-256 " + item.sha256() + ") of " + who + " expired on "
                        + item.notAfter() + "; remove it, or import its successor and remove it then."));
            }
        }
    }

    private static void addActivationRefusals(PeerConfiguration peer, List<PublishRefusal> refusals) {
        Set<String> covered = Set.of(GateReason.PEER_DOMAIN_UNTRUSTED, GateReason.CLEARING_HOUSE_UNTRUSTED,
                GateReason.VALIDITY_ENDED);
        for (GateReason reason : peer.activationRefusals()) {
            // Trust and validity are judged above with the material the snapshot carries; the rest (consistency of
            // services and limits) only the activation gate knows.
            if (!covered.contains(reason.code())) {
                refusals.add(new PublishRefusal(reason.code(), peer.peerNetworkId(), "The agreement "
                        + peer.agreement().id() + " with \u201c" + peer.name() + "\u201d: " + reason.message()));
            }
        }
    }
}
