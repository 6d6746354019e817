package io.peeringconsole.web.rest.registry;

import io.peeringconsole.registry.application.PeerNetworkCommand;
import io.peeringconsole.registry.domain.Contact;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.rules.RuleViolationException;
import java.util.List;

/** What a client sends to create or revise a peer network; {@code version} only when revising. */
public record PeerNetworkInput(String displayName, String kind, List<String> domains,
        List<ContactRepresentation> contacts, String notes, Long clearingHouseId, Long version) {

    PeerNetworkCommand toCommand() {
        return new PeerNetworkCommand(displayName, kind(kind), domains == null ? List.of() : domains,
                contacts == null ? List.of() : contacts.stream().map(PeerNetworkInput::contact).toList(),
                notes, clearingHouseId);
    }

    static PeerKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return PeerKind.PEER_NETWORK;
        }
        try {
            return PeerKind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("kind", "Unknown kind; use PEER_NETWORK or CLEARING_HOUSE.");
        }
    }

    private static Contact contact(ContactRepresentation c) {
        if (c == null) {
            throw new RuleViolationException("contacts", "A contact must not be null.");
        }
        return new Contact(c.name(), c.email(), c.phone(), c.role());
    }
}
