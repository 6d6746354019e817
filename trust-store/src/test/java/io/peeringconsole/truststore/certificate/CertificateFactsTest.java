package io.peeringconsole.truststore.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.encoding.Fingerprints;
import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.Test;

/** Every fact shown to a person, read from certificates whose content the test chose. */
class CertificateFactsTest {

    private final CertificateImporter importer = new CertificateImporter();
    private final TestCertificate root = TestCertificates.anchor("CN=Root CA,O=Example,C=NL").build();

    @Test
    void leafFacts() throws Exception {
        TestCertificate leaf = TestCertificates.leaf("CN=xmpp.example.net,O=Example,C=NL").issuedBy(root)
                .serial(new BigInteger("0A1B2C3D", 16))
                .dns("example.net", "*.example.net").srv("_xmpp-server.example.net").xmpp("example.net").uri("sip:example.net")
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth).build();

        CertificateFacts facts = importer.parse(leaf.pem().getBytes()).leaf();

        assertEquals("CN=xmpp.example.net,O=Example,C=NL", facts.subject());
        assertEquals("CN=Root CA,O=Example,C=NL", facts.issuer());
        assertEquals("A1B2C3D", facts.serialNumber());
        assertEquals(List.of("example.net", "*.example.net"), facts.subjectAltNames().dnsNames());
        assertEquals(List.of("_xmpp-server.example.net"), facts.subjectAltNames().srvNames());
        assertEquals(List.of("example.net"), facts.subjectAltNames().xmppAddrs());
        assertEquals(List.of("sip:example.net"), facts.subjectAltNames().uris());
        assertEquals(new PublicKeyFacts(KeyType.EC, 256, "P-256", "1.2.840.10045.2.1"), facts.publicKey());
        assertEquals("SHA256withECDSA", facts.signatureAlgorithm().name());
        assertFalse(facts.signatureAlgorithm().usesBrokenDigest());
        assertEquals(List.of(KeyUsage.DIGITAL_SIGNATURE), facts.keyUsage());
        assertEquals(List.of("serverAuth", "clientAuth"), facts.extendedKeyUsage());
        assertFalse(facts.ca());
        assertNull(facts.pathLenConstraint());
        assertEquals(TestCertificates.NOW.minus(java.time.Duration.ofDays(30)), facts.notBefore());
    }

    @Test
    void fingerprintPinAndKeyIdentifiersAreComputedFromTheRightBytes() throws Exception {
        TestCertificate leaf = TestCertificates.leaf("peer").issuedBy(root).build();
        CertificateFacts facts = importer.parse(leaf.der()).leaf();
        byte[] spki = leaf.keyPair().getPublic().getEncoded();
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();

        String expectedFingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(leaf.der()));
        assertEquals(expectedFingerprint, facts.sha256Fingerprint());
        assertEquals(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki)), facts.spkiPin());
        assertEquals(Fingerprints.colonHex(utils.createSubjectKeyIdentifier(leaf.keyPair().getPublic()).getKeyIdentifier()), facts.subjectKeyId());
        assertEquals(root.facts().subjectKeyId(), facts.authorityKeyId());
    }

    @Test
    void caFactsAndKeyTypes() {
        TestCertificate ca = TestCertificates.intermediate("CN=CA").issuedBy(root).pathLen(1).rsa(2048).build();
        assertTrue(ca.facts().ca());
        assertEquals(1, ca.facts().pathLenConstraint());
        assertEquals(List.of(KeyUsage.KEY_CERT_SIGN, KeyUsage.CRL_SIGN), ca.facts().keyUsage());
        assertEquals("RSA 2048", ca.facts().publicKey().description());
        assertEquals(KeyType.ED25519, TestCertificates.leaf("ed").ed25519().build().facts().publicKey().type());
        assertEquals("P-384", TestCertificates.leaf("p384").ec("secp384r1").build().facts().publicKey().curve());
    }

    @Test
    void brokenDigestsAreRecognised() {
        TestCertificate rsaRoot = TestCertificates.anchor("CN=RSA").rsa(2048).build();
        CertificateFacts md5 = TestCertificates.leaf("md5").issuedBy(rsaRoot).signatureAlgorithm("MD5withRSA").build().facts();
        CertificateFacts sha1 = TestCertificates.leaf("sha1").issuedBy(rsaRoot).signatureAlgorithm("SHA1withRSA").build().facts();
        CertificateFacts pss = TestCertificates.leaf("pss").issuedBy(rsaRoot).signatureAlgorithm("SHA256withRSAandMGF1").build().facts();
        assertEquals("MD5", md5.signatureAlgorithm().digest());
        assertTrue(sha1.signatureAlgorithm().usesBrokenDigest());
        assertEquals("RSASSA-PSS", pss.signatureAlgorithm().name());
        assertEquals("SHA-256", pss.signatureAlgorithm().digest());
    }
}
