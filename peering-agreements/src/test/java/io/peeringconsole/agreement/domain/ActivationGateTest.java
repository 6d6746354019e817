package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementBuilder.NOW;
import static io.peeringconsole.agreement.domain.AgreementBuilder.anAgreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivationGateTest {

    private static final TrustCheck TRUST_ALL = subject -> TrustVerdict.trusted(subject, "pin matches");

    private static TrustCheck distrusting(String domain) {
        return subject -> subject.domain().equals(domain)
                ? TrustVerdict.untrusted(subject, "the certificate for " + domain + " expired on 2025-05-01.")
                : TrustVerdict.trusted(subject, "pin matches");
    }

    @Test
    void aConsistentAgreementWithTrustedDomainsPassesAndListsEveryVerdict() {
        AgreementBuilder builder = anAgreement().viaClearingHouse();
        GateResult result = new ConsistencyAndTrustGate(TRUST_ALL).check(builder.factsOf(builder.draft(), NOW));
        assertTrue(result.isPassed(), result.reasons().toString());
        assertEquals(List.of("example.net", "im.example.net", "hub.example"),
                result.trust().stream().map(v -> v.subject().domain()).toList());
    }

    @Test
    void eachUntrustedPeerDomainIsAReasonNamingIt() {
        AgreementBuilder builder = anAgreement();
        GateResult result = new ConsistencyAndTrustGate(distrusting("im.example.net"))
                .check(builder.factsOf(builder.draft(), NOW));
        assertEquals(List.of(GateReason.PEER_DOMAIN_UNTRUSTED), result.codes());
        assertEquals("The peer network \"Example Networks\" is not trusted for im.example.net: the certificate for"
                + " im.example.net expired on 2025-05-01.", result.reasons().getFirst().message());
    }

    @Test
    void anUntrustedClearingHouseIsItsOwnReason() {
        AgreementBuilder builder = anAgreement().viaClearingHouse();
        GateResult result = new ConsistencyAndTrustGate(distrusting("hub.example"))
                .check(builder.factsOf(builder.draft(), NOW));
        assertEquals(List.of(GateReason.CLEARING_HOUSE_UNTRUSTED), result.codes());
        assertTrue(result.reasons().getFirst().message().contains("Federation Hub"));
    }

    @Test
    void peerDomainsReachedThroughAClearingHouseNameItForTransitiveTrust() {
        AgreementBuilder builder = anAgreement().viaClearingHouse();
        List<TrustSubject> subjects = builder.factsOf(builder.draft(), NOW).trustSubjects();
        assertEquals(AgreementBuilder.HUB_ID, subjects.getFirst().viaClearingHouseId());
        assertFalse(subjects.getFirst().clearingHouse());
        assertTrue(subjects.getLast().clearingHouse());
    }

    @Test
    void aTrustCheckWithoutAnswerKeepsTheGateClosed() {
        AgreementBuilder builder = anAgreement();
        GateResult result = new ConsistencyAndTrustGate(subject -> null).check(builder.factsOf(builder.draft(), NOW));
        assertEquals(List.of(GateReason.PEER_DOMAIN_UNTRUSTED, GateReason.PEER_DOMAIN_UNTRUSTED), result.codes());
    }

    @Test
    void consistencyAndTrustReasonsAreReportedTogether() {
        AgreementBuilder builder = anAgreement().inbound(ServiceGrant.of(Service.PRESENCE_LIST)
                .withPresenceList(new PresenceListLimits(Set.of(ListKind.PERSONAL), 10)));
        PeeringAgreement agreement = builder.draft();
        GateResult result = new ConsistencyAndTrustGate(distrusting("example.net"))
                .check(builder.factsOf(agreement, NOW.plus(Duration.ofDays(366))));
        assertEquals(List.of(GateReason.PRESENCE_LIST_WITHOUT_PRESENCE, GateReason.VALIDITY_ENDED,
                GateReason.PEER_DOMAIN_UNTRUSTED), result.codes());
    }
}
