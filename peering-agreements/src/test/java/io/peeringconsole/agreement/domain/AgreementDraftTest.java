package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.RuleViolationException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementDraftTest {

    private static final ServiceGrant EVERYTHING = new ServiceGrant(EnumSet.allOf(Service.class),
            new PresenceListLimits(EnumSet.of(ListKind.PUBLIC, ListKind.AD_HOC), 250), new SessionLimit(40),
            new FileTransferLimit(5_000_000), new MessageRate(20));

    @Test
    void aDraftKeepsEveryTermPerDirection() {
        AgreementBuilder builder = anAgreement().inbound(EVERYTHING).outbound(ServiceGrant.of(Service.PRESENCE))
                .tls(TlsVersion.TLS_1_2).viaClearingHouse();
        PeeringAgreement agreement = builder.draft();
        assertEquals(builder.terms(), agreement.terms());
        assertEquals(EVERYTHING, agreement.grant(Direction.INBOUND));
        assertEquals(Route.viaClearingHouse(AgreementBuilder.HUB_ID), agreement.route());
        assertEquals(AgreementStatus.DRAFT, agreement.status());
        assertEquals("paula", agreement.draftedBy());
    }

    @Test
    void onlySomeoneWhoAdministersTheLocalDomainMayDraft() {
        AgreementBuilder builder = anAgreement();
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> PeeringAgreement.draft(builder.parties(), builder.terms(), Operators.olga(), NOW));
        assertTrue(refused.getMessage().contains("example.com"), refused.getMessage());
        assertThrows(AccessDeniedException.class,
                () -> PeeringAgreement.draft(builder.parties(), builder.terms(), Operators.sam(), NOW));
    }

    @Test
    void aRevisionReplacesTermsAndRoute() {
        PeeringAgreement agreement = anAgreement().draft();
        AgreementBuilder revised = anAgreement().viaClearingHouse().outbound(EVERYTHING)
                .validity(Validity.startingAt(NOW.plus(Duration.ofDays(7))));
        agreement.revise(revised.parties(), revised.terms(), Operators.arthur(), NOW.plusSeconds(5));
        assertEquals(revised.terms(), agreement.terms());
        assertEquals(Route.viaClearingHouse(AgreementBuilder.HUB_ID), agreement.route());
        assertEquals(NOW.plusSeconds(5), agreement.updatedAt());
    }

    @Test
    void aRevisionCannotChangeThePeer() {
        PeeringAgreement agreement = anAgreement().draft();
        RegisteredPeer other = new RegisteredPeer(99, "Other", PeerKind.PEER_NETWORK, List.of("other.example"),
                null);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> agreement.revise(
                AgreementParties.direct(AgreementBuilder.LOCAL_DOMAIN, other), anAgreement().terms(),
                Operators.paula(), NOW));
        assertTrue(refused.getMessage().contains("cannot change"), refused.getMessage());
        assertEquals(AgreementBuilder.PEER_ID, agreement.peerNetworkId());
    }

    @Test
    void aRevisionByAnUnscopedAdministratorIsRefused() {
        PeeringAgreement agreement = anAgreement().draft();
        AgreementBuilder builder = anAgreement().outbound(EVERYTHING);
        assertThrows(AccessDeniedException.class,
                () -> agreement.revise(builder.parties(), builder.terms(), Operators.olga(), NOW));
        assertEquals(anAgreement().terms(), agreement.terms());
    }

    @Test
    void termsNeedATlsVersionAndAValidity() {
        assertEquals("tlsVersion", assertThrows(RuleViolationException.class, () -> new AgreementTerms(null, null,
                null, Validity.startingAt(NOW))).field());
        assertEquals("validFrom", assertThrows(RuleViolationException.class, () -> new AgreementTerms(null, null,
                TlsVersion.TLS_1_3, null)).field());
        assertEquals(ServiceGrant.none(), new AgreementTerms(null, null, TlsVersion.TLS_1_3,
                Validity.startingAt(NOW)).inbound());
    }
}
