package io.peeringconsole.snapshot.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The active state of one local domain, gathered for compiling: one entry per peer with an agreement in force. */
public record SnapshotInput(String localDomain, List<PeerConfiguration> peers) {

    public SnapshotInput {
        Objects.requireNonNull(localDomain, "localDomain");
        peers = List.copyOf(peers);
    }

    /** The same state without these peers: what an automatic publish sends when the gate refuses them. */
    public SnapshotInput withoutPeers(Set<Long> peerNetworkIds) {
        return new SnapshotInput(localDomain, peers.stream().filter(p -> !peerNetworkIds.contains(p.peerNetworkId()))
                .toList());
    }
}
