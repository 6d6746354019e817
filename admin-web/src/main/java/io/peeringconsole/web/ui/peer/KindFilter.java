package io.peeringconsole.web.ui.peer;

import io.peeringconsole.registry.domain.PeerKind;

/** The kind filter above the peer list; "all" is a choice of its own rather than an empty box. */
enum KindFilter {
    ALL("All kinds", null),
    PEER_NETWORKS("Peer networks", PeerKind.PEER_NETWORK),
    CLEARING_HOUSES("Clearing houses", PeerKind.CLEARING_HOUSE);

    private final String label;
    private final PeerKind kind;

    KindFilter(String label, PeerKind kind) {
        this.label = label;
        this.kind = kind;
    }

    String label() {
        return label;
    }

    /** The kind to search for, or null for every kind. */
    PeerKind kind() {
        return kind;
    }
}
