package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.CrlFacts;
import io.peeringconsole.truststore.certificate.RevocationReason;
import io.peeringconsole.truststore.certificate.RevokedCertificate;
import io.peeringconsole.truststore.certificate.SignatureVerifier;
import io.peeringconsole.truststore.encoding.Asn1;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CertificateList;

/**
 * Checks each certificate of the path against the newest genuine CRL of its issuer. A CRL whose signature does not
 * verify is reported and ignored; a stale one is reported but still used, since what it lists was revoked.
 * Certificates whose issuer published no imported CRL are not checked: CRLs are optional imports.
 */
final class RevocationCheck {

    private final SignatureVerifier verifier;
    private final List<CrlFacts> crls;
    private final Instant now;
    private final Findings findings;

    RevocationCheck(SignatureVerifier verifier, List<CrlFacts> crls, Instant now, Findings findings) {
        this.verifier = verifier;
        this.crls = crls;
        this.now = now;
        this.findings = findings;
    }

    void check(CertificationPath path) {
        List<PathCertificate> certificates = path.certificates();
        for (int i = 0; i + 1 < certificates.size(); i++) {
            CertificateFacts subject = certificates.get(i).facts();
            newestGenuineCrlOf(certificates.get(i + 1)).ifPresent(crl -> checkAgainst(subject, crl));
        }
    }

    private Optional<CrlFacts> newestGenuineCrlOf(PathCertificate issuer) {
        return crls.stream()
                .filter(crl -> issuer.subject().equals(issuerName(crl)))
                .filter(crl -> genuine(crl, issuer.facts()))
                .max(Comparator.comparing(CrlFacts::thisUpdate));
    }

    private boolean genuine(CrlFacts crl, CertificateFacts issuer) {
        if (verifier.isSignedBy(crl, issuer)) {
            return true;
        }
        findings.add(ReasonCode.CRL_SIGNATURE_INVALID, issuer, "The CRL of '" + crl.issuer() + "' issued "
                + Describe.date(crl.thisUpdate()) + " does not verify with the key of " + Describe.certificate(issuer)
                + ", so it was ignored. Download the CRL from the CA again and re-import it.");
        return false;
    }

    private void checkAgainst(CertificateFacts certificate, CrlFacts crl) {
        if (crl.staleAt(now)) {
            findings.add(ReasonCode.CRL_STALE, certificate, "The newest CRL of '" + crl.issuer() + "' was due to be replaced on "
                    + Describe.date(crl.nextUpdate()) + ", so revocations since then are unknown. Import a current CRL from the CA.");
        }
        crl.entryFor(certificate.serialNumber())
                .filter(entry -> entry.reason() != RevocationReason.REMOVE_FROM_CRL && !entry.revokedAt().isAfter(now))
                .ifPresent(entry -> findings.add(ReasonCode.REVOKED, certificate, revokedMessage(certificate, entry)));
    }

    private static String revokedMessage(CertificateFacts certificate, RevokedCertificate entry) {
        return Describe.certificate(certificate) + " (serial " + certificate.serialNumber() + ") was revoked by its CA on "
                + Describe.date(entry.revokedAt()) + ", reason: " + entry.reason().description()
                + ". Ask the peer to install a new certificate.";
    }

    private static X500Name issuerName(CrlFacts crl) {
        return Asn1.parseExactly(crl.der()).map(CertificateList::getInstance).map(CertificateList::getIssuer).orElse(null);
    }
}
