package io.peeringconsole.web.ui.agreement;

import io.peeringconsole.registry.application.PeerNetworkView;

/** A peer network or clearing house as a choice in a form: its id, and the name a person picks it by. */
public record PeerOption(long id, String displayName) {

    static PeerOption of(PeerNetworkView peer) {
        return new PeerOption(peer.id(), peer.displayName());
    }

    String label() {
        return displayName == null ? "Peer network " + id : displayName;
    }
}
