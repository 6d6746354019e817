package io.peeringconsole.trust.domain;

/**
 * Why a certificate is stored. A peer certificate is what the peer's gateways present (leaf or intermediate); a
 * trust anchor ends a chain and is trusted for every peer in its scope.
 */
public enum TrustPurpose {
    PEER_CERTIFICATE,
    TRUST_ANCHOR
}
