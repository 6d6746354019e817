package io.peeringconsole.snapshot.application;

import io.peeringconsole.snapshot.domain.SharingTerm;

/**
 * The privacy-sharing permission (C4) of one local domain towards one peer, as the snapshot carries it. Bound to the
 * stored permissions where they exist; {@link DenyAllSharingTerms} until then.
 */
public interface SharingTerms {

    /** The allow-list and sharing mode for the pair; deny-all in PER_WATCHER mode where nothing is set. */
    SharingTerm termsOf(String localDomain, long peerNetworkId);
}
