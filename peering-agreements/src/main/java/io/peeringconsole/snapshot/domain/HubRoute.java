package io.peeringconsole.snapshot.domain;

import io.peeringconsole.agreement.domain.HubPolicy;
import java.util.List;
import java.util.Objects;

/** The clearing house a peer is reached through (RFC 5344 section 2.7), with its policy and its own trust. */
public record HubRoute(long peerNetworkId, String name, List<String> domains, HubPolicy policy, PeerTrust trust) {

    public HubRoute {
        Objects.requireNonNull(name, "name");
        domains = List.copyOf(domains);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(trust, "trust");
    }
}
