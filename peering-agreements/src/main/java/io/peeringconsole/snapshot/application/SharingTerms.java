package io.peeringconsole.snapshot.application;

import io.peeringconsole.snapshot.domain.SharingTerm;
import java.util.Collection;
import java.util.Map;

/**
 * The privacy-sharing permission (C4) of one local domain towards one peer, as the snapshot carries it. Bound to the
 * stored permissions.
 */
public interface SharingTerms {

    /** The allow-list and sharing mode for the pair; deny-all in PER_WATCHER mode where nothing is set. */
    SharingTerm termsOf(String localDomain, long peerNetworkId);

    /** {@link #termsOf(String, long)} for many peers at once: every id is answered, deny-all where nothing is set. */
    Map<Long, SharingTerm> termsOf(String localDomain, Collection<Long> peerNetworkIds);
}
