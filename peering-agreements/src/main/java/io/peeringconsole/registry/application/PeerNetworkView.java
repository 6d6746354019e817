package io.peeringconsole.registry.application;

import io.peeringconsole.registry.domain.Contact;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.registry.domain.PeerNetwork;
import java.time.Instant;
import java.util.List;

/** A peer network as the UI and the REST API see it; detached from the persistence context. */
public record PeerNetworkView(long id, String displayName, PeerKind kind, List<String> domains,
        List<Contact> contacts, String notes, Long clearingHouseId, long version, Instant createdAt,
        Instant updatedAt) {

    public PeerNetworkView {
        domains = List.copyOf(domains);
        contacts = List.copyOf(contacts);
    }

    static PeerNetworkView of(PeerNetwork peer) {
        return of(peer, peer.domainNames(), peer.contacts());
    }

    static PeerNetworkView of(PeerNetwork peer, List<String> domains, List<Contact> contacts) {
        return new PeerNetworkView(peer.id(), peer.displayName(), peer.kind(), domains, contacts, peer.notes(),
                peer.clearingHouseId(), peer.version(), peer.createdAt(), peer.updatedAt());
    }

    public String primaryDomain() {
        return domains.isEmpty() ? null : domains.getFirst();
    }
}
