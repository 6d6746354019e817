package io.peeringconsole.registry.domain;

import java.util.List;

/**
 * What a person states about a peer network when registering or revising it. Unchecked: {@link PeerNetwork} decides
 * whether it is acceptable, so that the rules live in one place.
 */
public record PeerProfile(String displayName, PeerKind kind, List<DomainName> domains, List<Contact> contacts,
        String notes) {

    public PeerProfile {
        domains = domains == null ? List.of() : List.copyOf(domains);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
