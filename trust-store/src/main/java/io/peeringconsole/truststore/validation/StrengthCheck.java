package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.PublicKeyFacts;
import java.util.List;

/**
 * Key sizes (RSA and DSA at least 2048 bits, EC at least P-256) and signature digests (no SHA-1 or MD5). A
 * self-signed anchor's own signature is exempt: it is trusted by configuration, not by that signature.
 */
final class StrengthCheck {

    static final int MIN_RSA_BITS = 2048;
    static final int MIN_EC_BITS = 256;

    private StrengthCheck() {
    }

    static void checkKeys(List<CertificateFacts> certificates, Findings findings) {
        for (CertificateFacts c : certificates) {
            PublicKeyFacts key = c.publicKey();
            boolean weak = switch (key.type()) {
                case RSA, DSA -> key.bits() < MIN_RSA_BITS;
                case EC -> key.bits() < MIN_EC_BITS;
                default -> false;
            };
            if (weak) {
                findings.add(ReasonCode.WEAK_KEY, c, Describe.certificate(c) + " has a " + key.description() + " key ("
                        + key.bits() + " bits); at least RSA 2048 or EC P-256 is required. The peer must reissue it with a stronger key.");
            }
        }
    }

    static void checkSignatures(CertificationPath path, Findings findings) {
        List<PathCertificate> certificates = path.certificates();
        for (int i = 0; i < certificates.size(); i++) {
            CertificateFacts c = certificates.get(i).facts();
            boolean exempt = path.isAnchor(i) && certificates.get(i).selfIssued();
            if (!exempt && c.signatureAlgorithm().usesBrokenDigest()) {
                findings.add(ReasonCode.WEAK_SIGNATURE, c, Describe.certificate(c) + " is signed with "
                        + c.signatureAlgorithm().name() + "; " + c.signatureAlgorithm().digest()
                        + " signatures can be forged. Its issuer '" + c.issuer() + "' must reissue it with SHA-256 or stronger.");
            }
        }
    }
}
