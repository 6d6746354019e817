package io.peeringconsole.web.ui.trust;

import static io.peeringconsole.web.ui.trust.CertificateViewBuilder.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.trust.application.CrlView;
import io.peeringconsole.trust.application.ImportOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {

    @Test
    void namesWhatWasStoredAndWhatWasThereAlready() {
        ImportOutcome outcome = new ImportOutcome(List.of(certificate(1).subject("CN=leaf").build()),
                List.of(certificate(2).subject("CN=Issuing CA").build()), false);

        ImportSummary summary = ImportSummary.of(outcome, "certificate", "certificates");

        assertEquals("Stored 1 certificate. 1 already present.", summary.headline());
        assertEquals(List.of("Stored: CN=leaf (SHA-256 AB:CD:1)",
                "Already present, not stored again: CN=Issuing CA (SHA-256 AB:CD:2)"), summary.details());
    }

    @Test
    void aRepeatedImportStoresNothingAndSaysSo() {
        ImportOutcome single = new ImportOutcome(List.of(), List.of(certificate(1).build()), false);
        ImportOutcome chain = new ImportOutcome(List.of(), List.of(certificate(1).build(), certificate(2).build()),
                false);

        assertEquals("Nothing new: the certificate was already stored.",
                ImportSummary.of(single, "certificate", "certificates").headline());
        assertEquals("Nothing new: all 2 trust anchors were already stored.",
                ImportSummary.of(chain, "trust anchor", "trust anchors").headline());
    }

    @Test
    void aReorderedChainIsMentioned() {
        ImportOutcome outcome = new ImportOutcome(List.of(certificate(1).build(), certificate(2).build()), List.of(),
                true);

        ImportSummary summary = ImportSummary.of(outcome, "certificate", "certificates");

        assertEquals("Stored 2 certificates.", summary.headline());
        assertTrue(summary.details().getLast().contains("out of order"), summary.details().toString());
    }

    @Test
    void aStaleCrlIsImportedWithAWarning() {
        CrlView crl = new CrlView(5, "CN=Example CA", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-08T00:00:00Z"), 3, true);

        ImportSummary summary = ImportSummary.ofCrl(crl);

        assertEquals("Imported the CRL of CN=Example CA: 3 certificates revoked.", summary.headline());
        assertEquals("Issued 2026-01-01 00:00:00 UTC; next update due 2026-01-08 00:00:00 UTC.",
                summary.details().getFirst());
        assertTrue(summary.details().getLast().contains("CRL_STALE"));
    }
}
