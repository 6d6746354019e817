package io.peeringconsole.agreement.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.agreement.domain.TrustSubject;
import io.peeringconsole.agreement.domain.TrustVerdict;
import io.peeringconsole.trust.application.DomainVerdictView;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.trust.application.PeerTrustView;
import io.peeringconsole.trust.application.ReasonView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate's trust check follows the trust store's verdict for each domain, with its messages as reasons. */
class TrustStoreCheckTest {

    private static final TrustSubject PEER = new TrustSubject(7, "Example Peer", "example.net", false, null);

    private static TrustStoreCheck answering(DomainVerdictView... verdicts) {
        TrustStoreCheck check = new TrustStoreCheck();
        check.trust = new PeerTrustService() {
            @Override
            public PeerTrustView trustOf(long peerNetworkId, Instant now) {
                return new PeerTrustView(peerNetworkId, List.of(), List.of(), List.of(), List.of(verdicts));
            }
        };
        return check;
    }

    @Test
    void aTrustedVerdictOpensTheGateForThatDomain() {
        TrustVerdict verdict = answering(new DomainVerdictView("example.net", true, List.of(
                new ReasonView("VALID", ReasonView.INFO, "chain to Example CA validates", null)))).check(PEER);
        assertTrue(verdict.trusted());
        assertEquals(List.of("chain to Example CA validates"), verdict.reasons());
    }

    @Test
    void anUntrustedVerdictKeepsItClosedWithItsErrors() {
        TrustVerdict verdict = answering(new DomainVerdictView("example.net", false, List.of(
                new ReasonView("EXPIRED", ReasonView.ERROR, "the certificate expired", "ab"),
                new ReasonView("SOON", ReasonView.WARNING, "the anchor ends soon", null)))).check(PEER);
        assertFalse(verdict.trusted());
        assertEquals(List.of("the certificate expired"), verdict.reasons());
    }

    @Test
    void aDomainTheTrustStoreDoesNotKnowIsNotTrusted() {
        TrustVerdict verdict = answering(new DomainVerdictView("other.example", true, List.of())).check(PEER);
        assertFalse(verdict.trusted());
        assertTrue(verdict.reasons().getFirst().contains("example.net"), verdict.reasons().toString());
    }

    @Test
    void onlyAVerdictWhoseErrorsAreAllNoEvidenceIsWithoutEvidence() {
        assertTrue(answering(new DomainVerdictView("example.net", false, List.of(
                new ReasonView("NO_TRUST_EVIDENCE", ReasonView.ERROR, "No certificate or pin", null))))
                .check(PEER).withoutEvidence());
        assertFalse(answering(new DomainVerdictView("example.net", false, List.of(
                new ReasonView("REVOKED", ReasonView.ERROR, "the certificate was revoked", "ab"))))
                .check(PEER).withoutEvidence());
        assertFalse(answering(new DomainVerdictView("example.net", false, List.of(
                new ReasonView("NO_TRUST_EVIDENCE", ReasonView.ERROR, "No certificate or pin", null),
                new ReasonView("EXPIRED", ReasonView.ERROR, "the certificate expired", "ab"))))
                .check(PEER).withoutEvidence());
        assertFalse(answering(new DomainVerdictView("other.example", false, List.of(
                new ReasonView("NO_TRUST_EVIDENCE", ReasonView.ERROR, "No certificate or pin", null))))
                .check(PEER).withoutEvidence(), "a domain the trust store has no verdict for is not vouched for");
    }

    @Test
    void answeringFromViewsReadBeforehandGivesTheSameVerdicts() {
        List<DomainVerdictView> verdicts = List.of(new DomainVerdictView("example.net", false, List.of(
                new ReasonView("EXPIRED", ReasonView.ERROR, "the certificate expired", "ab"))));
        PeerTrustView view = new PeerTrustView(7, List.of(), List.of(), List.of(), verdicts);
        assertEquals(answering(verdicts.toArray(DomainVerdictView[]::new)).check(PEER),
                TrustStoreCheck.answering(java.util.Map.of(7L, view)).check(PEER));
        assertFalse(TrustStoreCheck.answering(java.util.Map.of()).check(PEER).trusted());
    }
}
