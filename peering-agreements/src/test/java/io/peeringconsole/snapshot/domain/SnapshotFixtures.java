package io.peeringconsole.snapshot.domain;

import io.peeringconsole.agreement.domain.FileTransferLimit;
import io.peeringconsole.agreement.domain.GateReason;
import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.HubService;
import io.peeringconsole.agreement.domain.ListKind;
import io.peeringconsole.agreement.domain.PresenceListLimits;
import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.agreement.domain.ServiceGrant;
import io.peeringconsole.agreement.domain.TlsVersion;
import io.peeringconsole.agreement.domain.TransitiveTrust;
import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.snapshot.domain.PeerConfiguration.ExposedGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** A local domain's state with the variety the compiler must handle, built the same way in any process. */
final class SnapshotFixtures {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private SnapshotFixtures() {
    }

    /** The state of example.com with {@code peers} peers, listed in an order shuffled by {@code seed}. */
    static SnapshotInput state(int peers, long seed) {
        List<PeerConfiguration> list = new ArrayList<>();
        for (int i = 1; i <= peers; i++) {
            list.add(peer(i, i % 3 == 0 ? hub(1000 + i % 2) : null));
        }
        Collections.shuffle(list, new Random(seed));
        return new SnapshotInput("example.com", list);
    }

    static PeerConfiguration peer(long id, HubRoute hub) {
        ServiceGrant inbound = ServiceGrant.of(Service.PRESENCE, Service.PRESENCE_LIST, Service.PAGER_IM)
                .withPresenceList(new PresenceListLimits(Set.of(ListKind.PUBLIC, ListKind.PERSONAL), 100 + (int) id));
        ServiceGrant outbound = ServiceGrant.of(Service.FILE_TRANSFER, Service.PAGER_IM)
                .withFileTransfer(new FileTransferLimit(10_000_000L * id));
        AgreementInForce agreement = new AgreementInForce(500 + id, inbound, outbound,
                id % 2 == 0 ? TlsVersion.TLS_1_3 : TlsVersion.TLS_1_2, NOW.minusSeconds(86_400 * id),
                id % 4 == 0 ? null : NOW.plusSeconds(86_400 * 365));
        return new PeerConfiguration(id, "Peer \u00e9\u20ac " + id, List.of("peer" + id + ".net", "im.peer" + id + ".net"),
                agreement, trust("peer" + id + ".net", id), new SharingTerm(SharingMode.VIEW_SHARING,
                Set.of(PresenceAttribute.BASIC_STATUS, PresenceAttribute.NOTE)),
                List.of(new ExposedGroup("sip:b-list@example.com", 50), new ExposedGroup("sip:a-list@example.com", 20)),
                hub, List.of());
    }

    static HubRoute hub(long id) {
        return new HubRoute(id, "Hub " + id, List.of("hub" + id + ".org"), new HubPolicy(Set.of(HubService.CENTRAL_LOGGING),
                TransitiveTrust.REQUIRE_MEMBER_CERTIFICATES), trust("hub" + id + ".org", id));
    }

    static PeerTrust trust(String domain, long seed) {
        TrustMaterial old = material("CN=" + domain + " old", seed * 2, NOW.plusSeconds(86_400 * 10), null);
        TrustMaterial incoming = material("CN=" + domain, seed * 2 + 1, NOW.plusSeconds(86_400 * 400),
                NOW.plusSeconds(86_400 * 10));
        TrustMaterial anchor = material("CN=Anchor " + seed, 7, NOW.plusSeconds(86_400 * 3000), null);
        return new PeerTrust(List.of(anchor), List.of(incoming, old), List.of("sha256/" + "A".repeat(43) + "="),
                List.of(domain));
    }

    static TrustMaterial material(String subject, long serial, Instant notAfter, Instant overlapUntil) {
        String hash = String.format("%064x", serial);
        return new TrustMaterial(hash, "sha256/pin" + serial, subject, NOW.minusSeconds(86_400 * 30), notAfter,
                "-----BEGIN CERTIFICATE-----\nMIIB" + serial + "\n-----END CERTIFICATE-----\n", overlapUntil);
    }

    static PeerConfiguration withTrust(PeerConfiguration peer, PeerTrust trust) {
        return new PeerConfiguration(peer.peerNetworkId(), peer.name(), peer.domains(), peer.agreement(), trust,
                peer.privacy(), peer.publicGroups(), peer.hub(), peer.activationRefusals());
    }

    static PeerConfiguration withRefusals(PeerConfiguration peer, GateReason... reasons) {
        return new PeerConfiguration(peer.peerNetworkId(), peer.name(), peer.domains(), peer.agreement(),
                peer.trust(), peer.privacy(), peer.publicGroups(), peer.hub(), List.of(reasons));
    }
}
