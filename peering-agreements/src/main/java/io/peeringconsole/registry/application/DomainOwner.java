package io.peeringconsole.registry.application;

/** A registered domain and the peer network it belongs to. */
public record DomainOwner(String domain, long peerNetworkId, String displayName) {
}
