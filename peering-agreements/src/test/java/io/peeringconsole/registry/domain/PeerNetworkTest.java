package io.peeringconsole.registry.domain;

import static io.peeringconsole.registry.domain.PeerNetworkBuilder.aClearingHouse;
import static io.peeringconsole.registry.domain.PeerNetworkBuilder.aPeerNetwork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PeerNetworkTest {

    private static final Instant LATER = PeerNetworkBuilder.REGISTERED_AT.plusSeconds(3600);

    @Test
    void registersWithNormalisedDomainsPrimaryFirst() {
        PeerNetwork peer = aPeerNetwork().named("  Example Networks ").domains("Example.NET.", "bücher.example")
                .withContact("NOC desk", "noc@example.net").build();
        assertEquals("Example Networks", peer.displayName());
        assertEquals(List.of("example.net", "xn--bcher-kva.example"), peer.domainNames());
        assertEquals("example.net", peer.primaryDomain());
        assertEquals(1, peer.contacts().size());
        assertEquals(PeerNetworkBuilder.REGISTERED_AT, peer.createdAt());
        assertEquals(PeerNetworkBuilder.REGISTERED_AT, peer.updatedAt());
    }

    @Test
    void refusesNoDomains() {
        assertRefused("domains", "at least one domain", () -> aPeerNetwork().domains().build());
    }

    @Test
    void refusesMoreThanFiftyDomains() {
        String[] many = IntStream.rangeClosed(1, 51).mapToObj(i -> "d" + i + ".example").toArray(String[]::new);
        assertRefused("domains", "at most 50", () -> aPeerNetwork().domains(many).build());
        String[] fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> "d" + i + ".example").toArray(String[]::new);
        assertEquals(50, aPeerNetwork().domains(fifty).build().domainNames().size());
    }

    @Test
    void refusesTheSameDomainTwiceEvenInAnotherSpelling() {
        assertRefused("domains", "example.net is listed twice",
                () -> aPeerNetwork().domains("example.net", "EXAMPLE.net.").build());
    }

    @Test
    void refusesBlankOrUnreadableDisplayNames() {
        assertRefused("displayName", "Enter a display name", () -> aPeerNetwork().named("   ").build());
        assertRefused("displayName", "Enter a display name", () -> aPeerNetwork().named(null).build());
        assertRefused("displayName", "control characters", () -> aPeerNetwork().named("Bad\nName").build());
        assertRefused("displayName", "at most 200", () -> aPeerNetwork().named("n".repeat(201)).build());
    }

    @Test
    void refusesMissingKindAndOverlongNotes() {
        assertRefused("kind", "peer network or a clearing house", () -> aPeerNetwork().kind(null).build());
        assertRefused("notes", "at most 4000", () -> aPeerNetwork().notes("n".repeat(4001)).build());
    }

    @Test
    void aPeerMayBeReachedThroughAClearingHouse() {
        PeerNetwork hub = aClearingHouse().build();
        PeerNetwork peer = aPeerNetwork().reachedThrough(hub).build();
        assertSame(hub, peer.clearingHouse());
    }

    @Test
    void onlyAClearingHouseCanBeReachedThrough() {
        PeerNetwork notAHub = aPeerNetwork().named("Plain Peer").domains("plain.example").build();
        assertRefused("clearingHouseId", "\"Plain Peer\" is a peer network, not a clearing house",
                () -> aPeerNetwork().reachedThrough(notAHub).build());
    }

    @Test
    void aClearingHouseIsNotReachedThroughAnother() {
        PeerNetwork hub = aClearingHouse().build();
        assertRefused("clearingHouseId", "reached directly",
                () -> aClearingHouse().named("Second Hub").domains("hub2.example").reachedThrough(hub).build());
    }

    @Test
    void aPeerIsNotReachedThroughItself() {
        PeerNetwork hub = aClearingHouse().build();
        PeerProfile asPeer = aPeerNetwork().domains("hub.example").profile();
        assertRefused("clearingHouseId", "through itself", () -> hub.revise(asPeer, hub, 0, LATER));
    }

    @Test
    void aClearingHouseWithPeersStaysAClearingHouse() {
        PeerNetwork hub = aClearingHouse().build();
        PeerProfile demoted = aClearingHouse().kind(PeerKind.PEER_NETWORK).profile();
        assertRefused("kind", "3 peer network(s) are reached through it", () -> hub.revise(demoted, null, 3, LATER));
        hub.revise(demoted, null, 0, LATER);
        assertEquals(PeerKind.PEER_NETWORK, hub.kind());
    }

    @Test
    void aClearingHouseWithPeersCannotBeRemoved() {
        PeerNetwork hub = aClearingHouse().build();
        ConflictException refusal = assertThrows(ConflictException.class, () -> hub.checkRemovable(2));
        assertTrue(refusal.getMessage().contains("2 peer network(s) reached through it"), refusal.getMessage());
        hub.checkRemovable(0);
    }

    @Test
    void reviseReplacesEverythingAndKeepsDomainRowsThatStay() {
        PeerNetwork peer = aPeerNetwork().domains("a.example", "b.example").withContact("Old", null).build();
        PeerProfile revised = aPeerNetwork().named("Renamed").domains("b.example", "c.example")
                .withContact("New", "new@example.net").notes("  via hub  ").profile();
        peer.revise(revised, null, 0, LATER);
        assertEquals("Renamed", peer.displayName());
        assertEquals(List.of("b.example", "c.example"), peer.domainNames());
        assertEquals("b.example", peer.primaryDomain());
        assertEquals("New", peer.contacts().getFirst().name());
        assertEquals("via hub", peer.notes());
        assertEquals(LATER, peer.updatedAt());
        assertEquals(PeerNetworkBuilder.REGISTERED_AT, peer.createdAt());
    }

    @Test
    void aRefusedRevisionChangesNothing() {
        PeerNetwork peer = aPeerNetwork().named("Kept").build();
        assertThrows(RuleViolationException.class, () -> peer.revise(aPeerNetwork().domains().profile(), null, 0,
                LATER));
        assertEquals("Kept", peer.displayName());
        assertEquals(List.of("example.net"), peer.domainNames());
        assertNull(peer.notes());
    }

    @Test
    void refusesMoreThanTwentyContacts() {
        PeerNetworkBuilder builder = aPeerNetwork();
        IntStream.rangeClosed(1, 21).forEach(i -> builder.withContact("Contact " + i, null));
        assertRefused("contacts", "at most 20", builder::build);
    }

    static void assertRefused(String field, String fragment, Executable action) {
        RuleViolationException refusal = assertThrows(RuleViolationException.class, action);
        assertEquals(field, refusal.field(), refusal.getMessage());
        assertTrue(refusal.getMessage().contains(fragment), () -> "message was: " + refusal.getMessage());
    }
}
