package io.peeringconsole.registry.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.registry.domain.Contact;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.rules.RuleViolationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerNetworkCommandTest {

    @Test
    void domainsAreParsedAgainstTheDomainsField() {
        var command = new PeerNetworkCommand("Example", PeerKind.PEER_NETWORK, List.of("Example.NET."), null, null,
                null);
        assertEquals(List.of(DomainName.parse("example.net")), command.toProfile().domains());
        var bad = new PeerNetworkCommand("Example", PeerKind.PEER_NETWORK, List.of("*.example.net"), null, null,
                null);
        RuleViolationException refusal = assertThrows(RuleViolationException.class, bad::toProfile);
        assertEquals("domains", refusal.field());
    }

    @Test
    void nullEntriesAreDropped() {
        var command = new PeerNetworkCommand("Example", PeerKind.PEER_NETWORK, Arrays.asList("example.net", null),
                Arrays.asList(new Contact("NOC", null, null, null), null), null, null);
        assertEquals(1, command.domains().size());
        assertEquals(1, command.contacts().size());
    }

    @Test
    void auditStateIsJsonWithTheWholePeerAndNoSecrets() {
        var peer = new PeerNetworkView(7, "Example \"Quoted\"", PeerKind.PEER_NETWORK,
                List.of("example.net", "example.org"), List.of(new Contact("NOC", "noc@example.net", null, null)),
                "line one\nline two", null, 3, Instant.EPOCH, Instant.EPOCH);
        JsonObject json = Json.createReader(new StringReader(PeerJson.of(peer))).readObject();
        assertEquals("Example \"Quoted\"", json.getString("displayName"));
        assertEquals("PEER_NETWORK", json.getString("kind"));
        assertEquals(2, json.getJsonArray("domains").size());
        assertEquals("noc@example.net", json.getJsonArray("contacts").getJsonObject(0).getString("email"));
        assertTrue(json.isNull("clearingHouseId"));
        assertEquals(3, json.getInt("version"));
        assertFalse(json.toString().toLowerCase().contains("password"));
    }
}
