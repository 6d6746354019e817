package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static io.peeringconsole.agreement.domain.GateReason.LIMIT_MISSING;
import static io.peeringconsole.agreement.domain.GateReason.LIMIT_WITHOUT_SERVICE;
import static io.peeringconsole.agreement.domain.GateReason.NO_SERVICE_GRANTED;
import static io.peeringconsole.agreement.domain.GateReason.NWAY_CHAT_WITHOUT_IM;
import static io.peeringconsole.agreement.domain.GateReason.PRESENCE_LIST_WITHOUT_PRESENCE;
import static io.peeringconsole.agreement.domain.GateReason.VALIDITY_ENDED;
import static io.peeringconsole.agreement.domain.Service.FILE_TRANSFER;
import static io.peeringconsole.agreement.domain.Service.NWAY_CHAT;
import static io.peeringconsole.agreement.domain.Service.PAGER_IM;
import static io.peeringconsole.agreement.domain.Service.PRESENCE;
import static io.peeringconsole.agreement.domain.Service.PRESENCE_LIST;
import static io.peeringconsole.agreement.domain.Service.SESSION_IM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConsistencyRulesTest {

    private static final PresenceListLimits LISTS = new PresenceListLimits(Set.of(ListKind.PUBLIC), 500);
    private static final SessionLimit SESSIONS = new SessionLimit(100);
    private static final FileTransferLimit FILES = new FileTransferLimit(1_000_000);
    private static final MessageRate RATE = new MessageRate(50);

    static Stream<Arguments> grants() {
        return Stream.of(
                Arguments.of("presence and pager IM", ServiceGrant.of(PRESENCE, PAGER_IM), List.of()),
                Arguments.of("presence lists with presence and limits",
                        ServiceGrant.of(PRESENCE, PRESENCE_LIST).withPresenceList(LISTS), List.of()),
                Arguments.of("presence lists without presence",
                        ServiceGrant.of(PRESENCE_LIST).withPresenceList(LISTS), List.of(PRESENCE_LIST_WITHOUT_PRESENCE)),
                Arguments.of("n-way chat with pager IM", ServiceGrant.of(NWAY_CHAT, PAGER_IM), List.of()),
                Arguments.of("n-way chat with session IM",
                        ServiceGrant.of(NWAY_CHAT, SESSION_IM).withSessions(SESSIONS), List.of()),
                Arguments.of("n-way chat alone", ServiceGrant.of(NWAY_CHAT), List.of(NWAY_CHAT_WITHOUT_IM)),
                Arguments.of("n-way chat with presence only", ServiceGrant.of(NWAY_CHAT, PRESENCE),
                        List.of(NWAY_CHAT_WITHOUT_IM)),
                Arguments.of("presence lists without their limits", ServiceGrant.of(PRESENCE, PRESENCE_LIST),
                        List.of(LIMIT_MISSING)),
                Arguments.of("session IM without its limit", ServiceGrant.of(SESSION_IM), List.of(LIMIT_MISSING)),
                Arguments.of("file transfer without its limit", ServiceGrant.of(FILE_TRANSFER),
                        List.of(LIMIT_MISSING)),
                Arguments.of("file transfer with its limit", ServiceGrant.of(FILE_TRANSFER).withFileTransfer(FILES),
                        List.of()),
                Arguments.of("list limits without presence lists",
                        ServiceGrant.of(PRESENCE).withPresenceList(LISTS), List.of(LIMIT_WITHOUT_SERVICE)),
                Arguments.of("session limit without session IM", ServiceGrant.of(PAGER_IM).withSessions(SESSIONS),
                        List.of(LIMIT_WITHOUT_SERVICE)),
                Arguments.of("file limit without file transfer", ServiceGrant.of(PAGER_IM).withFileTransfer(FILES),
                        List.of(LIMIT_WITHOUT_SERVICE)),
                Arguments.of("message rate without messaging", ServiceGrant.of(PRESENCE).withMessageRate(RATE),
                        List.of(LIMIT_WITHOUT_SERVICE)),
                Arguments.of("message rate with pager IM", ServiceGrant.of(PAGER_IM).withMessageRate(RATE),
                        List.of()),
                Arguments.of("everything wrong at once", ServiceGrant.of(PRESENCE_LIST, NWAY_CHAT, FILE_TRANSFER)
                        .withSessions(SESSIONS), List.of(PRESENCE_LIST_WITHOUT_PRESENCE, NWAY_CHAT_WITHOUT_IM,
                        LIMIT_MISSING, LIMIT_WITHOUT_SERVICE, LIMIT_MISSING)));
    }

    @ParameterizedTest(name = "inbound {0}")
    @MethodSource("grants")
    void inboundGrant(String name, ServiceGrant grant, List<String> expectedCodes) {
        AgreementTerms terms = anAgreement().inbound(grant).outbound(ServiceGrant.none()).terms();
        assertEquals(expectedCodes, codes(terms));
    }

    @ParameterizedTest(name = "outbound {0}")
    @MethodSource("grants")
    void outboundGrant(String name, ServiceGrant grant, List<String> expectedCodes) {
        AgreementTerms terms = anAgreement().inbound(ServiceGrant.none()).outbound(grant).terms();
        assertEquals(expectedCodes, codes(terms));
    }

    @Test
    void dependenciesAreCheckedPerDirection() {
        AgreementTerms terms = anAgreement().inbound(ServiceGrant.of(PRESENCE))
                .outbound(ServiceGrant.of(PRESENCE_LIST).withPresenceList(LISTS)).terms();
        List<GateReason> reasons = ConsistencyRules.check(terms, NOW);
        assertEquals(List.of(PRESENCE_LIST_WITHOUT_PRESENCE), reasons.stream().map(GateReason::code).toList());
        assertTrue(reasons.getFirst().message().startsWith("Outbound (our users towards the peer's): "),
                reasons.getFirst().message());
    }

    @Test
    void nothingGrantedInEitherDirection() {
        AgreementTerms terms = anAgreement().inbound(ServiceGrant.none()).outbound(ServiceGrant.none()).terms();
        assertEquals(List.of(NO_SERVICE_GRANTED), codes(terms));
    }

    @Test
    void aValidityThatEndsNowOrEarlierIsPast() {
        Validity endsNow = Validity.between(NOW.minus(Duration.ofDays(30)), NOW);
        Validity ended = Validity.between(NOW.minus(Duration.ofDays(30)), NOW.minusSeconds(1));
        Validity endsLater = Validity.between(NOW.minus(Duration.ofDays(30)), NOW.plusSeconds(1));
        assertEquals(List.of(VALIDITY_ENDED), codes(anAgreement().validity(endsNow).terms()));
        assertEquals(List.of(VALIDITY_ENDED), codes(anAgreement().validity(ended).terms()));
        assertEquals(List.of(), codes(anAgreement().validity(endsLater).terms()));
    }

    @Test
    void aStartInThePastOrFutureAndAnOpenEndAreFine() {
        assertEquals(List.of(), codes(anAgreement().validity(Validity.startingAt(NOW.minus(Duration.ofDays(900))))
                .terms()));
        assertEquals(List.of(), codes(anAgreement().validity(Validity.startingAt(NOW.plus(Duration.ofDays(9))))
                .terms()));
    }

    @Test
    void submittingInconsistentTermsIsRefusedWithEveryReason() {
        PeeringAgreement agreement = anAgreement().inbound(ServiceGrant.of(NWAY_CHAT))
                .outbound(ServiceGrant.of(PRESENCE_LIST).withPresenceList(LISTS)).draft();
        GateRefusedException refused = assertThrows(GateRefusedException.class,
                () -> agreement.submit(Operators.paula(), false, NOW));
        assertEquals(List.of(NWAY_CHAT_WITHOUT_IM, PRESENCE_LIST_WITHOUT_PRESENCE),
                refused.reasons().stream().map(GateReason::code).toList());
        assertTrue(refused.getMessage().startsWith("This agreement cannot be submitted yet: "), refused.getMessage());
        assertEquals(AgreementStatus.DRAFT, agreement.status());
    }

    private static List<String> codes(AgreementTerms terms) {
        return ConsistencyRules.check(terms, NOW).stream().map(GateReason::code).toList();
    }
}
