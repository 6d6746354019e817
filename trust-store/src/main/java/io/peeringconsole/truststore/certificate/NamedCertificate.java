package io.peeringconsole.truststore.certificate;

import org.bouncycastle.asn1.x500.X500Name;

/**
 * Facts with the names in comparable form. Names are matched as X.500 names (case and spacing normalised) because two
 * issuers may encode the same name differently.
 */
record NamedCertificate(CertificateFacts facts, X500Name subject, X500Name issuer) {

    boolean issuedBy(NamedCertificate candidate) {
        if (!issuer.equals(candidate.subject)) {
            return false;
        }
        // Key ids, when both are present, tell apart two CA certificates that share a name (a CA rollover).
        String aki = facts.authorityKeyId();
        String ski = candidate.facts.subjectKeyId();
        return aki == null || ski == null || aki.equals(ski);
    }

    boolean selfIssued() {
        return subject.equals(issuer);
    }
}
