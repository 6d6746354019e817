package io.peeringconsole.web.ui.peer;

import io.peeringconsole.registry.application.PeerNetworkView;

/** A clearing house a peer network can be reached through, as the form offers it. */
public record ClearingHouseOption(long id, String displayName) {

    static ClearingHouseOption of(PeerNetworkView clearingHouse) {
        return new ClearingHouseOption(clearingHouse.id(), clearingHouse.displayName());
    }
}
