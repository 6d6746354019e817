package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.KeyUsage;
import java.util.List;

/**
 * RFC 5280 §6.1.4: every certificate that signs another in the path must be a CA allowed to sign certificates, and
 * no deeper than its pathLenConstraint. The anchor is trusted by configuration and exempt, as in RFC 5280.
 */
final class CaConstraintCheck {

    private CaConstraintCheck() {
    }

    static void check(CertificationPath path, Findings findings) {
        List<PathCertificate> certificates = path.certificates();
        for (int i = 1; i < certificates.size(); i++) {
            if (!path.isAnchor(i)) {
                checkIssuer(certificates.get(i).facts(), certificates.get(i - 1).facts(), intermediatesBelow(certificates, i), findings);
            }
        }
    }

    private static void checkIssuer(CertificateFacts issuer, CertificateFacts issued, int below, Findings findings) {
        String name = Describe.certificate(issuer);
        if (!issuer.ca()) {
            findings.add(ReasonCode.CA_CONSTRAINT, issuer, name + " signed " + Describe.certificate(issued)
                    + " but is not a CA (basicConstraints CA:TRUE is missing). The peer's chain uses an end-entity certificate"
                    + " as an intermediate; ask the peer for the chain its CA issued.");
        } else if (!issuer.keyUsage().isEmpty() && !issuer.keyUsage().contains(KeyUsage.KEY_CERT_SIGN)) {
            findings.add(ReasonCode.CA_CONSTRAINT, issuer, name + " signed " + Describe.certificate(issued)
                    + " but its keyUsage does not include keyCertSign; the CA must reissue the intermediate.");
        } else if (issuer.pathLenConstraint() != null && below > issuer.pathLenConstraint()) {
            findings.add(ReasonCode.CA_CONSTRAINT, issuer, name + " allows at most " + issuer.pathLenConstraint()
                    + " intermediate CA certificate(s) below it (pathLen), but the chain has " + below
                    + "; the chain is longer than its CA permits.");
        }
    }

    /** Intermediates between the leaf and index {@code i}, not counting self-issued ones (RFC 5280 §4.2.1.9). */
    private static int intermediatesBelow(List<PathCertificate> certificates, int i) {
        int count = 0;
        for (int j = 1; j < i; j++) {
            if (!certificates.get(j).selfIssued()) {
                count++;
            }
        }
        return count;
    }
}
