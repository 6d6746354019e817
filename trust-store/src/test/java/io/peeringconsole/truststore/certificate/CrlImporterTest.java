package io.peeringconsole.truststore.certificate;

import static io.peeringconsole.truststore.testing.TestCertificates.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.encoding.Pem;
import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x509.CRLReason;
import org.junit.jupiter.api.Test;

class CrlImporterTest {

    private final CrlImporter importer = new CrlImporter();
    private final TestCertificate ca = TestCertificates.anchor("CN=Issuing CA,O=Example").build();
    private final TestCertificate revoked = TestCertificates.leaf("revoked").issuedBy(ca).build();
    private final TestCertificate held = TestCertificates.leaf("held").issuedBy(ca).build();
    private final Instant when = Instant.parse("2030-05-01T10:00:00Z");

    private byte[] crlDer() {
        return TestCertificates.crl(ca).revoke(revoked, CRLReason.keyCompromise, when)
                .revoke(held, CRLReason.certificateHold, when.plusSeconds(60)).der();
    }

    @Test
    void factsFromDerAndPem() {
        byte[] der = crlDer();
        CrlFacts facts = importer.parse(der);
        assertEquals("CN=Issuing CA,O=Example", facts.issuer());
        assertEquals(NOW.minus(Duration.ofDays(1)), facts.thisUpdate());
        assertEquals(NOW.plus(Duration.ofDays(7)), facts.nextUpdate());
        assertEquals("2A", facts.crlNumber());
        assertEquals(ca.facts().subjectKeyId(), facts.authorityKeyId());
        assertEquals(List.of(
                new RevokedCertificate(revoked.facts().serialNumber(), when, RevocationReason.KEY_COMPROMISE),
                new RevokedCertificate(held.facts().serialNumber(), when.plusSeconds(60), RevocationReason.CERTIFICATE_HOLD)),
                facts.revoked());
        assertEquals(facts, importer.parse(Pem.encode("X509 CRL", der).getBytes(StandardCharsets.US_ASCII)));
        assertFalse(facts.staleAt(NOW));
        assertTrue(facts.staleAt(NOW.plus(Duration.ofDays(8))));
    }

    @Test
    void signatureVerifiesAgainstTheIssuerOnly() {
        CrlFacts facts = importer.parse(crlDer());
        SignatureVerifier verifier = new JcaSignatureVerifier();
        assertTrue(verifier.isSignedBy(facts, ca.facts()));
        assertFalse(verifier.isSignedBy(facts, TestCertificates.anchor("CN=Issuing CA,O=Example").build().facts()));
    }

    @Test
    void certificateOrGarbageIsRefused() {
        TrustStoreInputException certificate = assertThrows(TrustStoreInputException.class, () -> importer.parse(ca.der()));
        assertEquals(InputErrorCode.UNEXPECTED_CONTENT, certificate.code());
        TrustStoreInputException garbage = assertThrows(TrustStoreInputException.class,
                () -> importer.parse("-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(InputErrorCode.MALFORMED_CRL, garbage.code());
        String two = Pem.encode("X509 CRL", crlDer()) + Pem.encode("X509 CRL", crlDer());
        assertEquals(InputErrorCode.UNEXPECTED_CONTENT, assertThrows(TrustStoreInputException.class,
                () -> importer.parse(two.getBytes(StandardCharsets.US_ASCII))).code());
    }
}
