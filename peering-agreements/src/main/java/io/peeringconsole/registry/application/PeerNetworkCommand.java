package io.peeringconsole.registry.application;

import io.peeringconsole.registry.domain.Contact;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.registry.domain.PeerProfile;
import java.util.List;
import java.util.Objects;

/**
 * What a form or a REST request asks to store about a peer network. Domains are as typed; they are normalised and
 * checked when the command is carried out.
 */
public record PeerNetworkCommand(String displayName, PeerKind kind, List<String> domains, List<Contact> contacts,
        String notes, Long clearingHouseId) {

    public PeerNetworkCommand {
        domains = domains == null ? List.of() : domains.stream().filter(Objects::nonNull).toList();
        contacts = contacts == null ? List.of() : contacts.stream().filter(Objects::nonNull).toList();
    }

    PeerProfile toProfile() {
        List<DomainName> names = domains.stream().map(raw -> DomainName.parse(raw, "domains")).toList();
        return new PeerProfile(displayName, kind, names, contacts, notes);
    }
}
