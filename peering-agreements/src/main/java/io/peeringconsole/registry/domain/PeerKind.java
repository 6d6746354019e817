package io.peeringconsole.registry.domain;

/** What a registered party is: a provider we may federate with, or a hub that federates many (RFC 5344 section 2.7). */
public enum PeerKind {
    PEER_NETWORK,
    CLEARING_HOUSE
}
