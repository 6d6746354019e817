package io.peeringconsole.snapshot.domain;

import static io.peeringconsole.snapshot.domain.SnapshotFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.agreement.domain.GateReason;
import io.peeringconsole.agreement.domain.HubPolicy;
import io.peeringconsole.agreement.domain.TransitiveTrust;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublishGateTest {

    @Test
    void aConsistentTrustedStatePasses() {
        assertEquals(List.of(), PublishGate.check(SnapshotFixtures.state(6, 1), NOW));
    }

    @Test
    void everyReasonIsListedAtOnceWithItsPeer() {
        PeerConfiguration untrusted = SnapshotFixtures.withTrust(SnapshotFixtures.peer(1, null),
                new PeerTrust(List.of(), List.of(SnapshotFixtures.material("CN=old", 1, NOW.minusSeconds(1), null)),
                        List.of(), List.of()));
        PeerConfiguration inconsistent = SnapshotFixtures.withRefusals(SnapshotFixtures.peer(2, null),
                new GateReason(GateReason.NWAY_CHAT_WITHOUT_IM, "N-way chat needs session IM."),
                new GateReason(GateReason.PEER_DOMAIN_UNTRUSTED, "judged above, not twice"));
        List<PublishRefusal> refusals = PublishGate.check(new SnapshotInput("example.com",
                List.of(untrusted, inconsistent, SnapshotFixtures.peer(3, null))), NOW);
        assertEquals(List.of(PublishRefusal.CERTIFICATE_EXPIRED, PublishRefusal.PEER_WITHOUT_TRUSTED_DOMAIN,
                GateReason.NWAY_CHAT_WITHOUT_IM), refusals.stream().map(PublishRefusal::code).toList());
        assertEquals(List.of(1L, 1L, 2L), refusals.stream().map(PublishRefusal::peerNetworkId).toList());
        assertTrue(refusals.get(0).message().contains("expired") && refusals.get(0).message().contains("remove it"));
        assertEquals(Set.of(1L, 2L), PublishGate.refusedPeers(refusals));
    }

    @Test
    void anExpiredAgreementStillActiveAndAnUntrustedHubAreContradictions() {
        PeerConfiguration peer = SnapshotFixtures.peer(1, new HubRoute(9, "Hub", List.of("hub.org"),
                new HubPolicy(Set.of(), TransitiveTrust.REQUIRE_MEMBER_CERTIFICATES), PeerTrust.none()));
        AgreementInForce ended = new AgreementInForce(1, peer.agreement().inbound(), peer.agreement().outbound(),
                peer.agreement().tlsVersion(), NOW.minusSeconds(100), NOW.minusSeconds(1));
        PeerConfiguration stale = new PeerConfiguration(1, "P", List.of("p.net"), ended, peer.trust(), peer.privacy(),
                List.of(), peer.hub(), List.of());
        assertEquals(List.of(PublishRefusal.CLEARING_HOUSE_UNTRUSTED, PublishRefusal.AGREEMENT_VALIDITY_ENDED),
                PublishGate.check(new SnapshotInput("example.com", List.of(stale)), NOW).stream()
                        .map(PublishRefusal::code).toList());
    }

    @Test
    void aVouchingTrustedHubStandsInForAMemberWithoutItsOwnCertificate() {
        HubRoute vouching = new HubRoute(9, "Hub", List.of("hub.org"),
                new HubPolicy(Set.of(), TransitiveTrust.ACCEPT_HUB_ASSERTED_IDENTITIES),
                SnapshotFixtures.trust("hub.org", 9));
        PeerConfiguration member = SnapshotFixtures.withTrust(SnapshotFixtures.peer(1, vouching), PeerTrust.none());
        assertEquals(List.of(), PublishGate.check(new SnapshotInput("example.com", List.of(member)), NOW));
    }
}
