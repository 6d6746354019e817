package io.peeringconsole.trust.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored SPKI pins. */
public interface TrustPins {

    Optional<TrustPin> find(long id);

    /** The pins of a peer network, oldest first. */
    List<TrustPin> of(long peerNetworkId);

    /** The pins of any of these peer networks, oldest first. */
    List<TrustPin> ofPeers(Collection<Long> peerNetworkIds);

    boolean exists(long peerNetworkId, SpkiPin pin);

    /**
     * Stores a new pin, flushing so that the same pin added at the same moment surfaces here.
     *
     * @throws io.peeringconsole.rules.ConflictException when it was added by someone else meanwhile
     */
    void add(TrustPin pin);

    void remove(TrustPin pin);
}
