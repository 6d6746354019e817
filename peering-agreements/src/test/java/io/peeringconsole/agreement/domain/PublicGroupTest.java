package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.RuleViolationException;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicGroupTest {

    private static final ResourceListUri SUPPORT = ResourceListUri.parse("sip:support@example.com", "example.com");

    private static RegisteredPeer peer(long id) {
        return new RegisteredPeer(id, "Peer " + id, PeerKind.PEER_NETWORK, List.of("p" + id + ".example"), null);
    }

    private static PublicGroup support() {
        return PublicGroup.define(SUPPORT, 100, Operators.paula(), NOW);
    }

    @Test
    void aNewGroupBelongsToTheDomainOfItsUriAndIsExposedToNobody() {
        PublicGroup group = support();
        assertEquals("example.com", group.localDomain());
        assertEquals("sip:support@example.com", group.uri());
        assertTrue(group.exposedTo().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001, Integer.MAX_VALUE})
    void sizesOutsideOneToTenThousandAreRefused(int size) {
        assertEquals("maxSize", assertThrows(RuleViolationException.class,
                () -> PublicGroup.define(SUPPORT, size, Operators.paula(), NOW)).field());
        PublicGroup group = support();
        assertThrows(RuleViolationException.class, () -> group.resize(size, Operators.paula(), NOW));
        assertEquals(100, group.maxSize());
    }

    @Test
    void onlyAnAdministratorOfTheDomainDefinesExposesOrRemoves() {
        assertThrows(AccessDeniedException.class, () -> PublicGroup.define(SUPPORT, 10, Operators.olga(), NOW));
        PublicGroup group = support();
        assertThrows(AccessDeniedException.class, () -> group.exposeTo(List.of(peer(1)), Operators.sam(), NOW));
        assertThrows(AccessDeniedException.class, () -> group.checkRemovableBy(Operators.olga()));
    }

    @Test
    void exposureIsReplacedByTheChosenPeers() {
        PublicGroup group = support();
        group.exposeTo(List.of(peer(1), peer(2)), Operators.paula(), NOW);
        group.exposeTo(List.of(peer(2), peer(3)), Operators.alice(), NOW);
        assertEquals(Set.of(2L, 3L), group.exposedTo());
        assertFalse(group.isExposedTo(1));
        group.exposeTo(List.of(), Operators.paula(), NOW);
        assertTrue(group.exposedTo().isEmpty());
    }

    @Test
    void aGroupIsNotExposedToAClearingHouse() {
        PublicGroup group = support();
        assertTrue(assertThrows(RuleViolationException.class, () -> group.exposeTo(
                List.of(AgreementBuilder.aClearingHouse()), Operators.paula(), NOW)).getMessage()
                .contains("is a clearing house"));
    }

    @Test
    void anAbsurdNumberOfPeersIsRefused() {
        PublicGroup group = support();
        List<RegisteredPeer> peers = LongStream.rangeClosed(1, PublicGroup.MAX_EXPOSURES + 1)
                .mapToObj(PublicGroupTest::peer).toList();
        assertThrows(RuleViolationException.class, () -> group.exposeTo(peers, Operators.paula(), NOW));
        assertTrue(group.exposedTo().isEmpty());
    }
}
