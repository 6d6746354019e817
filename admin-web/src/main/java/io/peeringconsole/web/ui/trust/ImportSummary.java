package io.peeringconsole.web.ui.trust;

import io.peeringconsole.trust.application.CertificateView;
import io.peeringconsole.trust.application.CrlView;
import io.peeringconsole.trust.application.ImportOutcome;
import io.peeringconsole.web.ui.support.Formats;
import java.util.ArrayList;
import java.util.List;

/** What an import did, in sentences: what was stored, what was there already, and whether the chain was reordered. */
record ImportSummary(String headline, List<String> details) {

    ImportSummary {
        details = List.copyOf(details);
    }

    static ImportSummary of(ImportOutcome outcome, String singular, String plural) {
        List<String> details = new ArrayList<>();
        outcome.stored().forEach(stored -> details.add("Stored: " + describe(stored)));
        outcome.alreadyPresent().forEach(present -> details.add("Already present, not stored again: "
                + describe(present)));
        if (outcome.reordered()) {
            details.add("The chain arrived out of order; it was stored leaf first, then each issuer.");
        }
        return new ImportSummary(headline(outcome, singular, plural), details);
    }

    static ImportSummary ofCrl(CrlView crl) {
        String headline = "Imported the CRL of " + crl.issuer() + ": " + Formats.count(crl.revokedCount(),
                "certificate", "certificates") + " revoked.";
        List<String> details = new ArrayList<>();
        details.add("Issued " + Formats.time(crl.thisUpdate()) + "; " + (crl.nextUpdate() == null
                ? "it names no next update." : "next update due " + Formats.time(crl.nextUpdate()) + "."));
        if (crl.stale()) {
            details.add("This CRL is already past its next update: verdicts that rely on it report CRL_STALE until"
                    + " a newer one is imported.");
        }
        return new ImportSummary(headline, details);
    }

    private static String headline(ImportOutcome outcome, String singular, String plural) {
        int stored = outcome.stored().size();
        int present = outcome.alreadyPresent().size();
        if (stored == 0) {
            return "Nothing new: " + (present == 1 ? "the " + singular + " was" : "all " + Formats.count(present, singular, plural)
                    + " were") + " already stored.";
        }
        String headline = "Stored " + Formats.count(stored, singular, plural) + ".";
        return present == 0 ? headline : headline + " " + present + " already present.";
    }

    private static String describe(CertificateView certificate) {
        return certificate.subject() + " (SHA-256 " + certificate.sha256Fingerprint() + ")";
    }
}
