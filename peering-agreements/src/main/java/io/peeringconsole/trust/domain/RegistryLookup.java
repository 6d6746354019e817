package io.peeringconsole.trust.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The peer registry as trust sees it: read only. */
public interface RegistryLookup {

    Optional<TrustedPeer> peer(long peerNetworkId);

    /** The peers among {@code ids} that exist, by id. */
    Map<Long, TrustedPeer> peers(Collection<Long> ids);

    /** Display names by id, for the peers among {@code ids} that exist. */
    Map<Long, String> displayNames(Collection<Long> ids);

    /** Whether {@code name} (normal form) is a local domain of this console. */
    boolean isLocalDomain(String name);
}
