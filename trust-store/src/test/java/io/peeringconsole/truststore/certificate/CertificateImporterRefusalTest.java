package io.peeringconsole.truststore.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.encoding.InputDecoder;
import io.peeringconsole.truststore.encoding.Pem;
import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import io.peeringconsole.truststore.testing.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.Random;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of bad upload is refused with its own code and a message that says what to do. */
class CertificateImporterRefusalTest {

    private final CertificateImporter importer = new CertificateImporter();
    private final TestCertificate certificate = TestCertificates.leaf("peer").dns("example.net").build();

    private TrustStoreInputException refused(byte[] input, InputErrorCode expected) {
        TrustStoreInputException e = assertThrows(TrustStoreInputException.class, () -> importer.parse(input));
        assertEquals(expected, e.code(), e.getMessage());
        assertTrue(e.getMessage().length() > 20, e.getMessage());
        return e;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void emptyAndMissingInput() {
        refused(new byte[0], InputErrorCode.EMPTY_INPUT);
        refused(null, InputErrorCode.EMPTY_INPUT);
    }

    @Test
    void overSizeInput() {
        byte[] big = new byte[InputDecoder.MAX_INPUT_BYTES + 1];
        Arrays.fill(big, (byte) 'A');
        assertTrue(refused(big, InputErrorCode.INPUT_TOO_LARGE).getMessage().contains("1 MiB"));
    }

    @Test
    void randomBytes() {
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        noise[0] = 0x12;
        refused(noise, InputErrorCode.UNRECOGNISED_FORMAT);
        noise[0] = 0x30;
        refused(noise, InputErrorCode.UNRECOGNISED_FORMAT);
    }

    @Test
    void base64GarbageBareAndArmoured() {
        refused(ascii("TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu\n"), InputErrorCode.UNRECOGNISED_FORMAT);
        refused(ascii("-----BEGIN CERTIFICATE-----\nMII$$$not*base64\n-----END CERTIFICATE-----\n"), InputErrorCode.MALFORMED_PEM);
        refused(ascii("-----BEGIN CERTIFICATE-----\nTWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu\n-----END CERTIFICATE-----\n"),
                InputErrorCode.MALFORMED_CERTIFICATE);
    }

    @Test
    void truncatedPem() {
        String pem = certificate.pem();
        refused(ascii(pem.substring(0, pem.length() / 2)), InputErrorCode.MALFORMED_PEM);
        refused(ascii(pem.substring(pem.indexOf('\n') + 1)), InputErrorCode.MALFORMED_PEM);
        refused(ascii(pem.replace("-----END CERTIFICATE-----", "-----END CERTIF")), InputErrorCode.MALFORMED_PEM);
    }

    @Test
    void doubledArmour() {
        String pem = certificate.pem();
        refused(ascii("-----BEGIN CERTIFICATE-----\n" + pem), InputErrorCode.MALFORMED_PEM);
        refused(ascii(pem + "-----END CERTIFICATE-----\n"), InputErrorCode.MALFORMED_PEM);
        refused(ascii(pem.replace("-----END CERTIFICATE-----", "-----END X509 CRL-----")), InputErrorCode.MALFORMED_PEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "OPENSSH PRIVATE KEY"})
    void pastedPrivateKeyIsRefusedAndNotStored(String label) {
        String pem = Pem.encode(label, TestKeys.ec("secp256r1").getPrivate().getEncoded());
        TrustStoreInputException e = refused(ascii(pem), InputErrorCode.PRIVATE_KEY_SUPPLIED);
        assertEquals("A private key was supplied; it was not stored — upload only the certificate.", e.getMessage());
    }

    @Test
    void privateKeyBesideTheCertificateIsRefusedAsWell() throws Exception {
        StringWriter keyPem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(keyPem)) {
            writer.writeObject(TestKeys.rsa(2048));
        }
        refused(ascii(certificate.pem() + keyPem), InputErrorCode.PRIVATE_KEY_SUPPLIED);
        refused(ascii(keyPem.toString().substring(0, 200)), InputErrorCode.PRIVATE_KEY_SUPPLIED);
    }

    @Test
    void binaryPrivateKeysAndKeyStoresAreRefused() throws Exception {
        KeyPair rsa = TestKeys.rsa(2048);
        refused(rsa.getPrivate().getEncoded(), InputErrorCode.PRIVATE_KEY_SUPPLIED);
        refused(PrivateKeyInfo.getInstance(rsa.getPrivate().getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded(),
                InputErrorCode.PRIVATE_KEY_SUPPLIED);
        refused(pkcs12(), InputErrorCode.PRIVATE_KEY_SUPPLIED);
    }

    @Test
    void csrWhereACertificateWasExpected() throws Exception {
        KeyPair key = TestKeys.ec("secp256r1");
        byte[] csr = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=gw"), key.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())).getEncoded();
        assertTrue(refused(ascii(Pem.encode("CERTIFICATE REQUEST", csr)), InputErrorCode.UNEXPECTED_CONTENT).getMessage().contains("CSR"));
        refused(csr, InputErrorCode.UNEXPECTED_CONTENT);
    }

    @Test
    void crlAndBarePublicKeyWhereACertificateWasExpected() {
        byte[] crl = TestCertificates.crl(certificate).der();
        refused(crl, InputErrorCode.UNEXPECTED_CONTENT);
        String publicKey = Pem.encode("PUBLIC KEY", certificate.keyPair().getPublic().getEncoded());
        assertTrue(refused(ascii(publicKey), InputErrorCode.UNEXPECTED_CONTENT).getMessage().contains("pin"));
        refused(certificate.keyPair().getPublic().getEncoded(), InputErrorCode.UNEXPECTED_CONTENT);
    }

    @Test
    void emptyPkcs7Bundle() throws Exception {
        refused(CertificateImporterTest.certsOnlyPkcs7(), InputErrorCode.NO_CERTIFICATE);
    }

    @Test
    void hostileDerIsRefusedNotCrashing() {
        byte[] nested = new byte[600_000];
        for (int i = 0; i < nested.length; i += 2) {
            nested[i] = 0x30;
            nested[i + 1] = (byte) 0x80;
        }
        refused(nested, InputErrorCode.UNRECOGNISED_FORMAT);
        byte[] trailing = Arrays.copyOf(certificate.der(), certificate.der().length + 3);
        refused(trailing, InputErrorCode.UNRECOGNISED_FORMAT);
    }

    private byte[] pkcs12() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        Certificate cert = new JcaX509CertificateConverter().getCertificate(
                new org.bouncycastle.cert.X509CertificateHolder(certificate.der()));
        store.setKeyEntry("k", certificate.keyPair().getPrivate(), "pw".toCharArray(), new Certificate[] {cert});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, "pw".toCharArray());
        return out.toByteArray();
    }
}
