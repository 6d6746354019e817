package io.peeringconsole.truststore.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.KeyUsage;
import io.peeringconsole.truststore.encoding.Pem;
import io.peeringconsole.truststore.testing.TestKeys;
import io.peeringconsole.truststore.validation.CertificateValidator;
import io.peeringconsole.truststore.validation.ReasonCode;
import io.peeringconsole.truststore.validation.TlsRole;
import io.peeringconsole.truststore.validation.ValidationRequest;
import io.peeringconsole.truststore.validation.Verdict;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayCertificateAuthorityTest {

    private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");
    private static final Duration TWO_WEEKS = Duration.ofDays(14);

    @TempDir
    Path directory;
    private GatewayCertificateAuthority ca;
    private final KeyPair gatewayKey = TestKeys.ec("secp256r1");

    @BeforeEach
    void openKeyStore() {
        ca = ConsoleKeyStore.openOrCreate(directory, null, Clock.fixed(NOW, ZoneOffset.UTC)).gatewayCa();
    }

    static byte[] csr(KeyPair key, boolean requestCa) throws Exception {
        PKCS10CertificationRequestBuilder builder = new JcaPKCS10CertificationRequestBuilder(
                new X500Name("CN=evil.example,O=Attacker"), key.getPublic());
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        extensions.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, "evil.example")));
        if (requestCa) {
            extensions.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        }
        builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
        String algorithm = key.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        return builder.build(new JcaContentSignerBuilder(algorithm).setProvider(TestKeys.BC).build(key.getPrivate())).getEncoded();
    }

    private IssuedCertificate issue(byte[] request) {
        return ca.issue(request, "gw1", "example.com", TWO_WEEKS);
    }

    @Test
    void goodCsrIsIssuedWithOurSubjectNamesAndUsages() throws Exception {
        String pem = Pem.encode("CERTIFICATE REQUEST", csr(gatewayKey, false));
        CertificateFacts issued = issue(pem.getBytes(StandardCharsets.US_ASCII)).facts();
        assertEquals("CN=gw1,O=example.com", issued.subject());
        assertEquals(ca.certificate().subject(), issued.issuer());
        assertEquals(List.of("gw1.example.com"), issued.subjectAltNames().dnsNames());
        assertEquals(List.of("urn:peering-console:gateway:example.com:gw1"), issued.subjectAltNames().uris());
        assertEquals(List.of("clientAuth"), issued.extendedKeyUsage());
        assertEquals(List.of(KeyUsage.DIGITAL_SIGNATURE), issued.keyUsage());
        assertFalse(issued.ca());
        assertEquals(NOW.plus(TWO_WEEKS), issued.notAfter());
        assertEquals("SHA256withECDSA", issued.signatureAlgorithm().name());
    }

    @Test
    void issuedCertificateValidatesAsAClientUnderTheCa() throws Exception {
        CertificateFacts issued = issue(csr(gatewayKey, false)).facts();
        Verdict verdict = new CertificateValidator().validate(ValidationRequest.forPeer("gw1.example.com", List.of(issued))
                .anchors(List.of(ca.certificate())).roles(Set.of(TlsRole.CLIENT)).at(NOW));
        // Gateway certificates live at most 30 days, so the expiry warning is expected; nothing fails.
        assertEquals(Set.of(ReasonCode.EXPIRES_WITHIN_30_DAYS), verdict.codes());
        assertTrue(verdict.trusted());
    }

    @Test
    void serialsArePositiveWithAtLeast64RandomBits() throws Exception {
        byte[] request = csr(gatewayKey, false);
        BigInteger first = new BigInteger(issue(request).facts().serialNumber(), 16);
        for (int i = 0; i < 20; i++) {
            BigInteger serial = new BigInteger(issue(request).facts().serialNumber(), 16);
            assertEquals(1, serial.signum());
            assertTrue(serial.bitLength() >= 64, "serial has " + serial.bitLength() + " bits");
            assertFalse(serial.equals(first));
        }
    }

    @Test
    void keyIdentifiersComeFromTheRightKeys() throws Exception {
        X509CertificateHolder issued = new X509CertificateHolder(issue(csr(gatewayKey, false)).facts().der());
        X509CertificateHolder caHolder = new X509CertificateHolder(ca.certificate().der());
        JcaX509ExtensionUtils sha256 = new JcaX509ExtensionUtils(new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)));
        byte[] expectedSki = sha256.createSubjectKeyIdentifier(SubjectPublicKeyInfo.getInstance(gatewayKey.getPublic().getEncoded())).getKeyIdentifier();
        byte[] expectedAki = sha256.createSubjectKeyIdentifier(caHolder.getSubjectPublicKeyInfo()).getKeyIdentifier();
        assertArrayEquals(expectedSki, SubjectKeyIdentifier.fromExtensions(issued.getExtensions()).getKeyIdentifier());
        assertArrayEquals(expectedAki, AuthorityKeyIdentifier.fromExtensions(issued.getExtensions()).getKeyIdentifier());
        assertArrayEquals(expectedAki, SubjectKeyIdentifier.fromExtensions(caHolder.getExtensions()).getKeyIdentifier());
    }

    @Test
    void csrWithBadSignatureIsRefused() throws Exception {
        byte[] request = csr(gatewayKey, false);
        request[request.length - 5] ^= 0x01;
        assertEquals(InputErrorCode.CSR_SIGNATURE_INVALID, refused(request).code());
    }

    @Test
    void csrAskingForCaIsRefused() throws Exception {
        assertEquals(InputErrorCode.CSR_REQUESTS_CA, refused(csr(gatewayKey, true)).code());
    }

    @Test
    void weakKeyIsRefused() throws Exception {
        assertEquals(InputErrorCode.CSR_WEAK_KEY, refused(csr(TestKeys.rsa(1024), false)).code());
    }

    @Test
    void certificateOrPrivateKeyInsteadOfCsrIsRefused() {
        assertEquals(InputErrorCode.UNEXPECTED_CONTENT, refused(ca.certificate().der()).code());
        byte[] key = Pem.encode("PRIVATE KEY", gatewayKey.getPrivate().getEncoded()).getBytes(StandardCharsets.US_ASCII);
        assertEquals(InputErrorCode.PRIVATE_KEY_SUPPLIED, refused(key).code());
    }

    @Test
    void validityAndNamesAreChecked() throws Exception {
        byte[] request = csr(gatewayKey, false);
        assertEquals(InputErrorCode.INVALID_VALIDITY, assertThrows(TrustStoreInputException.class,
                () -> ca.issue(request, "gw1", "example.com", Duration.ofDays(31))).code());
        assertEquals(InputErrorCode.INVALID_VALIDITY, assertThrows(TrustStoreInputException.class,
                () -> ca.issue(request, "gw1", "example.com", Duration.ZERO)).code());
        assertEquals(InputErrorCode.INVALID_NAME, assertThrows(TrustStoreInputException.class,
                () -> ca.issue(request, "gw 1,O=x", "example.com", TWO_WEEKS)).code());
        assertEquals(InputErrorCode.INVALID_NAME, assertThrows(TrustStoreInputException.class,
                () -> ca.issue(request, "gw1", "Example.COM", TWO_WEEKS)).code());
    }

    private TrustStoreInputException refused(byte[] request) {
        return assertThrows(TrustStoreInputException.class, () -> issue(request));
    }
}
