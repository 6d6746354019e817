package io.peeringconsole.snapshot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.agreement.domain.TlsVersion;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    @Test
    void identicalDocumentsHaveNoDifference() {
        JsonObject document = SnapshotCompiler.compile(SnapshotFixtures.state(4, 1)).document();
        assertEquals(List.of(), SnapshotDiff.between(document, SnapshotCompiler.compile(SnapshotFixtures.state(4, 2))
                .document()));
    }

    @Test
    void changesAreNamedByPeerAndMemberPath() {
        SnapshotInput before = SnapshotFixtures.state(3, 1);
        List<PeerConfiguration> peers = new ArrayList<>(before.peers().stream()
                .filter(p -> p.peerNetworkId() != 2).toList());
        PeerConfiguration one = peers.stream().filter(p -> p.peerNetworkId() == 1).findFirst().orElseThrow();
        peers.remove(one);
        var terms = one.agreement();
        peers.add(new PeerConfiguration(1, one.name(), List.of("peer1.net", "new.peer1.net"),
                new AgreementInForce(terms.id(), terms.inbound(), terms.outbound(), TlsVersion.TLS_1_3,
                        terms.validFrom(), terms.validUntil()), one.trust(), one.privacy(), one.publicGroups(), null,
                List.of()));
        peers.add(SnapshotFixtures.peer(4, null));
        List<String> lines = SnapshotDiff.between(doc(before), doc(new SnapshotInput("example.com", peers))).stream()
                .map(SnapshotDiff.Change::toString).map(l -> l.length() > 70 ? l.substring(0, 70) : l).toList();
        assertEquals(List.of(
                "~ /peers[peerNetworkId=1]/agreement/tlsVersion \"TLS_1_2\" \u2192 \"TLS_1_3\"",
                "- /peers[peerNetworkId=1]/domains \"im.peer1.net\"",
                "+ /peers[peerNetworkId=1]/domains \"new.peer1.net\"",
                "- /peers[peerNetworkId=2] {\"agreement\":{\"id\":502,\"inbound\":{\"limits\":{",
                "+ /peers[peerNetworkId=4] {\"agreement\":{\"id\":504,\"inbound\":{\"limits\":{"), lines);
    }

    @Test
    void aFirstPublishIsOneAdditionOfTheWholeDocument() {
        JsonObject document = doc(SnapshotFixtures.state(1, 1));
        List<SnapshotDiff.Change> changes = SnapshotDiff.between(null, document);
        assertEquals(1, changes.size());
        assertEquals(SnapshotDiff.Kind.ADDED, changes.getFirst().kind());
        assertEquals(CanonicalJson.text(document), changes.getFirst().after());
    }

    private static JsonObject doc(SnapshotInput input) {
        return SnapshotCompiler.compile(input).document();
    }
}
