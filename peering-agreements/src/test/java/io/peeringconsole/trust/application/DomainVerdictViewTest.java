package io.peeringconsole.trust.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.trust.domain.Judgement;
import io.peeringconsole.truststore.validation.Reason;
import io.peeringconsole.truststore.validation.ReasonCode;
import io.peeringconsole.truststore.validation.Verdict;
import io.peeringconsole.truststore.validation.VerdictStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts as the UI and REST clients see them: codes kept, FAILURE called ERROR. */
class DomainVerdictViewTest {

    @Test
    void mapsEveryReasonWithItsSeverityAndCertificate() {
        Verdict verdict = new Verdict(VerdictStatus.NOT_TRUSTED, List.of(
                new Reason(ReasonCode.EXPIRED, "'CN=x' expired", "AA:BB"),
                new Reason(ReasonCode.EXPIRES_WITHIN_7_DAYS, "'CN=ca' expires soon", "CC:DD"),
                new Reason(ReasonCode.PINNED, "pinned", null)), List.of());
        DomainVerdictView view = DomainVerdictView.of(new Judgement.Validated("example.net", verdict));
        assertEquals("example.net", view.domain());
        assertFalse(view.trusted());
        assertEquals(List.of(
                new ReasonView("EXPIRED", "ERROR", "'CN=x' expired", "AA:BB"),
                new ReasonView("EXPIRES_WITHIN_7_DAYS", "WARNING", "'CN=ca' expires soon", "CC:DD"),
                new ReasonView("PINNED", "INFO", "pinned", null)), view.reasons());
    }

    @Test
    void aTrustedVerdictMayCarryWarnings() {
        Verdict verdict = new Verdict(VerdictStatus.TRUSTED,
                List.of(new Reason(ReasonCode.ROLLOVER_PENDING, "being replaced", "AA")), List.of());
        DomainVerdictView view = DomainVerdictView.of(new Judgement.Validated("example.net", verdict));
        assertTrue(view.trusted());
        assertEquals("WARNING", view.reasons().getFirst().severity());
    }

    @Test
    void noEvidenceAndPinsOnlyHaveTheirOwnReason() {
        DomainVerdictView none = DomainVerdictView.of(new Judgement.NoEvidence("example.net"));
        assertEquals(List.of(new ReasonView("NO_TRUST_EVIDENCE", "ERROR", "No certificate or pin is registered for"
                + " example.net: import the certificate its gateways present, or pin its key.", null)), none.reasons());
        assertFalse(none.trusted());
        DomainVerdictView pinned = DomainVerdictView.of(new Judgement.PinnedOnly("example.net", 2));
        assertTrue(pinned.trusted());
        assertEquals("PINNED", pinned.reasons().getFirst().code());
        assertEquals("INFO", pinned.reasons().getFirst().severity());
        assertTrue(pinned.reasons().getFirst().message().contains("2 pinned key(s)"));
    }
}
