package io.peeringconsole.truststore.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.junit.jupiter.api.Test;

/** Formats and ordering of good uploads; bad ones are in {@link CertificateImporterRefusalTest}. */
class CertificateImporterTest {

    private final CertificateImporter importer = new CertificateImporter();
    private final TestCertificate root = TestCertificates.anchor("CN=Root").build();
    private final TestCertificate ca = TestCertificates.intermediate("CN=Issuing CA").issuedBy(root).build();
    private final TestCertificate leaf = TestCertificates.leaf("peer").dns("example.net").issuedBy(ca).build();
    private final TestCertificate unrelated = TestCertificates.leaf("unrelated").build();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void singlePemAndDerGiveTheSameFacts() {
        CertificateFacts fromPem = importer.parse(bytes(leaf.pem())).leaf();
        CertificateFacts fromDer = importer.parse(leaf.der()).leaf();
        assertEquals(fromPem, fromDer);
        assertEquals(leaf.facts().sha256Fingerprint(), fromDer.sha256Fingerprint());
    }

    @Test
    void chainInOrderStaysInOrder() {
        ImportedBundle bundle = importer.parse(bytes(leaf.pem() + ca.pem() + root.pem()));
        assertEquals(List.of(leaf.facts(), ca.facts(), root.facts()), bundle.certificates());
        assertFalse(bundle.reordered());
    }

    @Test
    void chainInWrongOrderIsReorderedLeafFirstAndUnrelatedKeptLast() {
        ImportedBundle bundle = importer.parse(bytes(root.pem() + unrelated.pem() + leaf.pem() + ca.pem()));
        assertEquals(List.of(leaf.facts(), ca.facts(), root.facts(), unrelated.facts()), bundle.certificates());
        assertTrue(bundle.reordered());
    }

    @Test
    void duplicatesAreDroppedAndCounted() {
        ImportedBundle bundle = importer.parse(bytes(leaf.pem() + ca.pem() + leaf.pem()));
        assertEquals(List.of(leaf.facts(), ca.facts()), bundle.certificates());
        assertEquals(1, bundle.duplicatesDropped());
        assertEquals(List.of(leaf.facts().sha256Fingerprint(), ca.facts().sha256Fingerprint()), bundle.fingerprints());
    }

    @Test
    void explanatoryTextCrlfAndByteOrderMarkAreTolerated() {
        String text = "\uFEFFsubject=CN=peer\r\nissuer=CN=Issuing CA\r\n" + leaf.pem().replace("\n", "\r\n")
                + "\r\n 1 s:CN=Issuing CA\r\n" + ca.pem().replace("\n", "\r\n");
        ImportedBundle bundle = importer.parse(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(leaf.facts(), ca.facts()), bundle.certificates());
    }

    @Test
    void pkcs7BundleAsDerAndPem() throws Exception {
        byte[] pkcs7 = certsOnlyPkcs7(root, leaf, ca);
        ImportedBundle fromDer = importer.parse(pkcs7);
        assertEquals(List.of(leaf.facts(), ca.facts(), root.facts()), fromDer.certificates());
        String pem = io.peeringconsole.truststore.encoding.Pem.encode("PKCS7", pkcs7);
        assertEquals(fromDer.certificates(), importer.parse(bytes(pem)).certificates());
    }

    @Test
    void pemMixingCertificatesAndPkcs7IsOneBundle() throws Exception {
        String pem = leaf.pem() + io.peeringconsole.truststore.encoding.Pem.encode("PKCS7", certsOnlyPkcs7(ca, root));
        assertEquals(List.of(leaf.facts(), ca.facts(), root.facts()), importer.parse(bytes(pem)).certificates());
    }

    static byte[] certsOnlyPkcs7(TestCertificate... certificates) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        List<java.security.cert.X509Certificate> list = new java.util.ArrayList<>();
        for (TestCertificate c : certificates) {
            list.add(new JcaX509CertificateConverter().getCertificate(new X509CertificateHolder(c.der())));
        }
        generator.addCertificates(new JcaCertStore(list));
        return generator.generate(new CMSProcessableByteArray(new byte[0]), false).getEncoded();
    }
}
