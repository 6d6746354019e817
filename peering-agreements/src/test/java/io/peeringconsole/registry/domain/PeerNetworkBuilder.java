package io.peeringconsole.registry.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data for peer networks: a valid peer network unless told otherwise. */
public final class PeerNetworkBuilder {

    public static final Instant REGISTERED_AT = Instant.parse("2025-01-15T10:00:00Z");

    private String displayName = "Example Networks";
    private PeerKind kind = PeerKind.PEER_NETWORK;
    private final List<String> domains = new ArrayList<>(List.of("example.net"));
    private final List<Contact> contacts = new ArrayList<>();
    private String notes;
    private PeerNetwork clearingHouse;

    private PeerNetworkBuilder() {
    }

    public static PeerNetworkBuilder aPeerNetwork() {
        return new PeerNetworkBuilder();
    }

    public static PeerNetworkBuilder aClearingHouse() {
        return new PeerNetworkBuilder().named("Federation Hub").kind(PeerKind.CLEARING_HOUSE).domains("hub.example");
    }

    public PeerNetworkBuilder named(String name) {
        this.displayName = name;
        return this;
    }

    public PeerNetworkBuilder kind(PeerKind newKind) {
        this.kind = newKind;
        return this;
    }

    public PeerNetworkBuilder domains(String... names) {
        domains.clear();
        domains.addAll(List.of(names));
        return this;
    }

    public PeerNetworkBuilder withContact(String name, String email) {
        contacts.add(new Contact(name, email, null, "NOC"));
        return this;
    }

    public PeerNetworkBuilder notes(String text) {
        this.notes = text;
        return this;
    }

    public PeerNetworkBuilder reachedThrough(PeerNetwork hub) {
        this.clearingHouse = hub;
        return this;
    }

    public PeerProfile profile() {
        return new PeerProfile(displayName, kind, domains.stream().map(DomainName::parse).toList(), contacts, notes);
    }

    public PeerNetwork build() {
        return PeerNetwork.register(profile(), clearingHouse, REGISTERED_AT);
    }
}
