package io.peeringconsole.truststore.testing;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.security.KeyPair;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;

/** A certificate made for a test, with its key pair so that it can issue others or sign CRLs. */
public record TestCertificate(CertificateFacts facts, KeyPair keyPair, X500Name subject) {

    public byte[] der() {
        return facts.der();
    }

    public String pem() {
        return facts.pem();
    }

    /** This certificate followed by the given issuers, as a peer would present its chain. */
    public List<CertificateFacts> chainWith(TestCertificate... issuers) {
        List<CertificateFacts> chain = new java.util.ArrayList<>(List.of(facts));
        for (TestCertificate issuer : issuers) {
            chain.add(issuer.facts());
        }
        return List.copyOf(chain);
    }
}
