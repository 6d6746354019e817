package io.peeringconsole.registry.application;

import static io.peeringconsole.rules.application.AuditStates.put;

import io.peeringconsole.registry.domain.Contact;
import io.peeringconsole.rules.application.AuditStates;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** The audit trail's before and after state of a peer network. */
final class PeerJson {

    private PeerJson() {
    }

    static String of(PeerNetworkView peer) {
        JsonObjectBuilder json = AuditStates.object()
                .add("id", peer.id())
                .add("displayName", peer.displayName())
                .add("kind", peer.kind().name())
                .add("domains", AuditStates.strings(peer.domains()))
                .add("contacts", contacts(peer));
        put(json, "notes", peer.notes());
        put(json, "clearingHouseId", peer.clearingHouseId());
        json.add("version", peer.version());
        return AuditStates.text(json);
    }

    private static JsonArrayBuilder contacts(PeerNetworkView peer) {
        JsonArrayBuilder array = AuditStates.array();
        for (Contact contact : peer.contacts()) {
            JsonObjectBuilder c = AuditStates.object().add("name", contact.name());
            put(c, "email", contact.email());
            put(c, "phone", contact.phone());
            put(c, "role", contact.role());
            array.add(c);
        }
        return array;
    }
}
