package io.peeringconsole.truststore.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.keys.GatewayClientCertificates.Identified;
import io.peeringconsole.truststore.keys.GatewayClientCertificates.Outcome;
import io.peeringconsole.truststore.keys.GatewayClientCertificates.Refused;
import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import io.peeringconsole.truststore.testing.TestKeys;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayClientCertificatesTest {

    private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");

    @TempDir
    Path directory;
    @TempDir
    Path otherDirectory;
    private GatewayCertificateAuthority ca;

    @BeforeEach
    void openKeyStore() {
        ca = ConsoleKeyStore.openOrCreate(directory, null, Clock.fixed(NOW, ZoneOffset.UTC)).gatewayCa();
    }

    private X509Certificate issued(GatewayCertificateAuthority by, String name, String domain) throws Exception {
        byte[] csr = GatewayCertificateAuthorityTest.csr(TestKeys.ec("secp256r1"), false);
        return x509(by.issue(csr, name, domain, Duration.ofDays(10)).facts().der());
    }

    private static X509Certificate x509(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private Outcome checkAt(Instant when, X509Certificate... chain) throws Exception {
        return new GatewayClientCertificates(List.of(x509(ca.certificate().der())), Clock.fixed(when, ZoneOffset.UTC))
                .check(chain);
    }

    @Test
    void aCertificateOfOurCaNamesItsGatewayAndLocalDomain() throws Exception {
        X509Certificate certificate = issued(ca, "edge-1", "example.com");
        Identified identified = assertInstanceOf(Identified.class, ca.clientCertificates().check(
                new X509Certificate[] {certificate}));
        assertEquals("edge-1", identified.gatewayName());
        assertEquals("example.com", identified.localDomain());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())),
                identified.sha256());
        assertEquals(NOW.plus(Duration.ofDays(10)), identified.notAfter());
    }

    @Test
    void expiredAndNotYetValidCertificatesAreRefusedWithTheDate() throws Exception {
        X509Certificate certificate = issued(ca, "edge-1", "example.com");
        Refused expired = assertInstanceOf(Refused.class, checkAt(NOW.plus(Duration.ofDays(11)), certificate));
        assertTrue(expired.reason().contains("expired on 2030-06-11T12:00:00Z"), expired.reason());
        Refused early = assertInstanceOf(Refused.class, checkAt(NOW.minus(Duration.ofHours(1)), certificate));
        assertTrue(early.reason().contains("valid only from"), early.reason());
        assertInstanceOf(Identified.class, checkAt(NOW.plus(Duration.ofDays(9)), certificate));
    }

    @Test
    void aCertificateOfAnotherConsolesCaIsRefusedEvenWithTheSameNames() throws Exception {
        GatewayCertificateAuthority other = ConsoleKeyStore.openOrCreate(otherDirectory, null,
                Clock.fixed(NOW, ZoneOffset.UTC)).gatewayCa();
        Refused refused = assertInstanceOf(Refused.class, checkAt(NOW, issued(other, "edge-1", "example.com")));
        assertTrue(refused.reason().contains("not issued by this console's gateway CA"), refused.reason());
    }

    @Test
    void aRetiredCaStillVouchesForTheCertificatesItIssued() throws Exception {
        GatewayCertificateAuthority retired = ConsoleKeyStore.openOrCreate(otherDirectory, null,
                Clock.fixed(NOW, ZoneOffset.UTC)).gatewayCa();
        var both = new GatewayClientCertificates(List.of(x509(ca.certificate().der()),
                x509(retired.certificate().der())), Clock.fixed(NOW, ZoneOffset.UTC));
        Identified identified = assertInstanceOf(Identified.class,
                both.check(new X509Certificate[] {issued(retired, "edge-2", "example.net")}));
        assertEquals("edge-2", identified.gatewayName());
    }

    @Test
    void aCertificateWithTheRightNameButWithoutClientAuthIsRefused() throws Exception {
        TestCertificate anchor = TestCertificates.anchor("CN=Some CA").build();
        TestCertificate serverOnly = TestCertificates.leaf("CN=edge-1,O=example.com").issuedBy(anchor)
                .uri("urn:peering-console:gateway:example.com:edge-1")
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth).build();
        var checker = new GatewayClientCertificates(List.of(x509(anchor.der())),
                Clock.fixed(TestCertificates.NOW, ZoneOffset.UTC));
        Refused refused = assertInstanceOf(Refused.class, checker.check(new X509Certificate[] {x509(serverOnly.der())}));
        assertTrue(refused.reason().contains("clientAuth"), refused.reason());
    }

    @Test
    void aCertificateOfTheRightCaWithoutOurGatewayNameIsRefused() throws Exception {
        TestCertificate anchor = TestCertificates.anchor("CN=Some CA").build();
        TestCertificate unnamed = TestCertificates.leaf("CN=edge-1,O=example.com").issuedBy(anchor)
                .dns("edge-1.example.com").build();
        var checker = new GatewayClientCertificates(List.of(x509(anchor.der())),
                Clock.fixed(TestCertificates.NOW, ZoneOffset.UTC));
        Refused refused = assertInstanceOf(Refused.class, checker.check(new X509Certificate[] {x509(unnamed.der())}));
        assertTrue(refused.reason().contains("does not name a gateway"), refused.reason());
    }

    @Test
    void noCertificateIsRefused() {
        assertInstanceOf(Refused.class, ca.clientCertificates().check(new X509Certificate[0]));
        assertInstanceOf(Refused.class, ca.clientCertificates().check(null));
    }
}
