package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.LOCAL_DOMAIN;
import static io.peeringconsole.agreement.domain.AgreementBuilder.aClearingHouse;
import static io.peeringconsole.agreement.domain.AgreementBuilder.aPeer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.rules.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementPartiesTest {

    @Test
    void aPeerReachedThroughAClearingHouseCanBeRoutedViaItOrDirectly() {
        RegisteredPeer member = aPeer(AgreementBuilder.HUB_ID);
        assertEquals(Route.viaClearingHouse(AgreementBuilder.HUB_ID),
                new AgreementParties(LOCAL_DOMAIN, member, aClearingHouse()).route());
        assertTrue(AgreementParties.direct(LOCAL_DOMAIN, member).route().isDirect());
    }

    @Test
    void aClearingHouseIsNotAPeer() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> AgreementParties.direct(LOCAL_DOMAIN, aClearingHouse()));
        assertEquals("peerNetworkId", refused.field());
    }

    @Test
    void aPeerNetworkIsNotAClearingHouse() {
        RegisteredPeer notAHub = new RegisteredPeer(AgreementBuilder.HUB_ID, "Other Peer", PeerKind.PEER_NETWORK,
                List.of("other.example"), null);
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new AgreementParties(LOCAL_DOMAIN, aPeer(AgreementBuilder.HUB_ID), notAHub));
        assertEquals("clearingHouseId", refused.field());
        assertTrue(refused.getMessage().contains("not a clearing house"), refused.getMessage());
    }

    @Test
    void aPeerCannotBeRoutedThroughAClearingHouseItIsNotAMemberOf() {
        assertTrue(assertThrows(RuleViolationException.class,
                () -> new AgreementParties(LOCAL_DOMAIN, aPeer(null), aClearingHouse())).getMessage()
                .contains("not record"));
        assertTrue(assertThrows(RuleViolationException.class,
                () -> new AgreementParties(LOCAL_DOMAIN, aPeer(99L), aClearingHouse())).getMessage()
                .contains("reached through the clearing house with id 99"));
    }
}
