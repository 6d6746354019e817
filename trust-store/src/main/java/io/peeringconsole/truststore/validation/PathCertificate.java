package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.encoding.Asn1;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * A certificate as path building needs it: names compared as X.500 names, not as display strings, because issuers
 * encode the same name differently.
 */
record PathCertificate(CertificateFacts facts, X500Name subject, X500Name issuer) {

    static PathCertificate of(CertificateFacts facts) {
        Certificate certificate = Asn1.parseExactly(facts.der()).map(Certificate::getInstance)
                .orElseThrow(() -> new IllegalArgumentException("Facts " + facts + " do not hold a DER certificate."));
        return new PathCertificate(facts, certificate.getSubject(), certificate.getIssuer());
    }

    boolean selfIssued() {
        return subject.equals(issuer);
    }

    boolean sameAs(CertificateFacts other) {
        return facts.equals(other);
    }
}
