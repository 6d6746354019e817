package io.peeringconsole.web.rest.registry;

import io.peeringconsole.registry.application.PeerNetworkView;
import java.time.Instant;
import java.util.List;

/** A peer network or clearing house as the API shows it. */
public record PeerNetworkRepresentation(long id, String displayName, String kind, List<String> domains,
        List<ContactRepresentation> contacts, String notes, Long clearingHouseId, long version,
        Instant createdAt, Instant updatedAt) {

    static PeerNetworkRepresentation of(PeerNetworkView view) {
        return new PeerNetworkRepresentation(view.id(), view.displayName(), view.kind().name(), view.domains(),
                view.contacts().stream()
                        .map(c -> new ContactRepresentation(c.name(), c.email(), c.phone(), c.role()))
                        .toList(),
                view.notes(), view.clearingHouseId(), view.version(), view.createdAt(), view.updatedAt());
    }
}
