package io.peeringconsole.trust.domain;

import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET_RENEWED;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET_SERVER_ONLY;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_ORG;
import static io.peeringconsole.trust.domain.TrustFixtures.INTERMEDIATE;
import static io.peeringconsole.trust.domain.TrustFixtures.NOW;
import static io.peeringconsole.trust.domain.TrustFixtures.known;
import static io.peeringconsole.trust.domain.TrustFixtures.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.validation.CertificateValidator;
import io.peeringconsole.truststore.validation.ReasonCode;
import io.peeringconsole.truststore.validation.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which certificate speaks for which domain of a peer, and what is judged when there is none. */
class DomainTrustTest {

    private final DomainTrust trust = new DomainTrust(new CertificateValidator());
    private final KnownCertificate intermediate = known(10, INTERMEDIATE);

    private static PeerEvidence evidence(List<KnownCertificate> own, Set<String> pins) {
        return new PeerEvidence(own, TrustFixtures.anchors(), pins, List.of(TrustFixtures.crl()));
    }

    private static Verdict verdict(Judgement judgement) {
        return assertInstanceOf(Judgement.Validated.class, judgement).verdict();
    }

    private static CertificateFacts leafOf(Judgement judgement) {
        return verdict(judgement).path().getFirst();
    }

    @Test
    void eachDomainIsJudgedOnTheLeafThatNamesIt() {
        PeerEvidence evidence = evidence(List.of(known(11, EXAMPLE_NET), known(12, EXAMPLE_ORG), intermediate),
                Set.of());
        Judgement net = trust.judge("example.net", evidence, NOW);
        Judgement org = trust.judge("example.org", evidence, NOW);
        Judgement xmpp = trust.judge("xmpp.example.net", evidence, NOW);
        assertEquals(Set.of(), verdict(net).codes());
        assertTrue(net.trusted());
        assertEquals(TrustFixtures.facts(EXAMPLE_NET), leafOf(net));
        assertEquals(TrustFixtures.facts(EXAMPLE_ORG), leafOf(org));
        assertTrue(org.trusted());
        assertEquals(TrustFixtures.facts(EXAMPLE_NET), leafOf(xmpp));
    }

    @Test
    void theChainRunsThroughThePeersIntermediateToTheAnchor() {
        Judgement judgement = trust.judge("example.net", evidence(List.of(known(11, EXAMPLE_NET), intermediate),
                Set.of()), NOW);
        assertEquals(3, verdict(judgement).path().size());
        Judgement withoutIntermediate = trust.judge("example.net", evidence(List.of(known(11, EXAMPLE_NET)),
                Set.of()), NOW);
        assertFalse(withoutIntermediate.trusted());
    }

    @Test
    void aDomainNoLeafNamesIsJudgedOnTheNewestLeafAndReportedAsMismatch() {
        PeerEvidence evidence = evidence(List.of(known(11, EXAMPLE_NET), known(12, EXAMPLE_ORG), intermediate),
                Set.of());
        Judgement judgement = trust.judge("example.com", evidence, NOW);
        assertEquals(Set.of(ReasonCode.DOMAIN_MISMATCH), verdict(judgement).codes());
        assertFalse(judgement.trusted());
        // Same notBefore second in the fixtures: the higher id is the newer import.
        assertEquals(TrustFixtures.facts(EXAMPLE_ORG), leafOf(judgement));
    }

    @Test
    void aTrustedLeafIsPreferredOverANewerOneThatNamesTheDomainButFails() {
        PeerEvidence evidence = evidence(List.of(known(11, EXAMPLE_NET), known(12, EXAMPLE_NET_SERVER_ONLY),
                intermediate), Set.of());
        Judgement judgement = trust.judge("example.net", evidence, NOW);
        assertTrue(judgement.trusted());
        assertEquals(TrustFixtures.facts(EXAMPLE_NET), leafOf(judgement));
    }

    @Test
    void aServerOnlyCertificateIsReportedForTheMissingClientAuth() {
        Judgement judgement = trust.judge("example.net", evidence(List.of(known(12, EXAMPLE_NET_SERVER_ONLY),
                intermediate), Set.of()), NOW);
        assertEquals(Set.of(ReasonCode.EXTENDED_KEY_USAGE_MISSING_CLIENT_AUTH), verdict(judgement).codes());
    }

    @Test
    void withoutCertificateOrPinThereIsNoTrustEvidence() {
        Judgement judgement = trust.judge("example.net", evidence(List.of(), Set.of()), NOW);
        Judgement.NoEvidence none = assertInstanceOf(Judgement.NoEvidence.class, judgement);
        assertFalse(none.trusted());
        assertEquals("No certificate or pin is registered for example.net: import the certificate its gateways"
                + " present, or pin its key.", none.message());
    }

    @Test
    void pinsAloneAreTrustEvidence() {
        String pin = TrustFixtures.facts(EXAMPLE_NET).spkiPin();
        Judgement judgement = trust.judge("example.net", evidence(List.of(), Set.of(pin)), NOW);
        assertInstanceOf(Judgement.PinnedOnly.class, judgement);
        assertTrue(judgement.trusted());
    }

    @Test
    void aPinnedSelfStandingLeafIsTrustedWithoutChain() {
        String pin = TrustFixtures.facts(EXAMPLE_NET).spkiPin();
        Judgement judgement = trust.judge("example.net", new PeerEvidence(List.of(known(11, EXAMPLE_NET)), List.of(),
                Set.of(pin), List.of()), NOW);
        assertEquals(Set.of(ReasonCode.PINNED), verdict(judgement).codes());
        assertTrue(judgement.trusted());
    }

    @Test
    void pinsThatMatchNoLeafFailTheVerdict() {
        String otherPin = TrustFixtures.facts(EXAMPLE_ORG).spkiPin();
        Judgement judgement = trust.judge("example.net", evidence(List.of(known(11, EXAMPLE_NET), intermediate),
                Set.of(otherPin)), NOW);
        assertEquals(Set.of(ReasonCode.PIN_MISMATCH), verdict(judgement).codes());
    }

    @Test
    void duringTheOverlapBothCertificatesCountAndAfterItOnlyTheNewOne() {
        Instant cutOver = NOW.plus(Duration.ofDays(10));
        List<KnownCertificate> own = List.of(known(11, EXAMPLE_NET), replacing(12, EXAMPLE_NET_RENEWED, 11, cutOver),
                intermediate);
        Judgement during = trust.judge("example.net", evidence(own, Set.of()), NOW);
        assertTrue(during.trusted());
        Judgement after = trust.judge("example.net", evidence(own, Set.of()), cutOver.plusSeconds(1));
        assertTrue(after.trusted());
        assertEquals(TrustFixtures.facts(EXAMPLE_NET_RENEWED), leafOf(after));
    }

    @Test
    void theOutgoingLeafAloneIsTrustedWithAWarningDuringTheOverlap() {
        Instant cutOver = NOW.plus(Duration.ofDays(10));
        // The renewed certificate names another peer's domain here, so only the outgoing one names example.org.
        List<KnownCertificate> own = List.of(known(11, EXAMPLE_ORG), replacing(12, EXAMPLE_NET_RENEWED, 11, cutOver),
                intermediate);
        Judgement during = trust.judge("example.org", evidence(own, Set.of()), NOW);
        assertEquals(Set.of(ReasonCode.ROLLOVER_PENDING), verdict(during).codes());
        assertTrue(during.trusted());
        Judgement after = trust.judge("example.org", evidence(own, Set.of()), cutOver);
        assertEquals(Set.of(ReasonCode.DOMAIN_MISMATCH), verdict(after).codes());
    }
}
