package io.peeringconsole.truststore.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.encoding.Fingerprints;
import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Whatever bytes arrive, the importers answer with facts or with {@link TrustStoreInputException}, nothing else; and
 * facts, when they come, are consistent with the bytes they were read from. Inputs come from {@link SeededCases}: the
 * base seed is printed and can be set with {@code -Dproperty.seed=N}; a failure names its seed, case and input.
 */
class ImportRobustnessTest {

    private final CertificateImporter certificates = new CertificateImporter();
    private final CrlImporter crls = new CrlImporter();

    /** A real chain and CRL, made once: the mutations need a well-formed starting point. */
    private static final class Corpus {
        static final TestCertificate ROOT = TestCertificates.anchor("CN=Root,O=Example").build();
        static final TestCertificate CA = TestCertificates.intermediate("CN=CA,O=Example").issuedBy(ROOT).build();
        static final TestCertificate LEAF = TestCertificates.leaf("CN=example.net").dns("example.net", "*.example.net")
                .srv("_xmpp-server.example.net").xmpp("example.net").issuedBy(CA).build();
        static final byte[] CHAIN_PEM = (LEAF.pem() + CA.pem() + ROOT.pem()).getBytes(StandardCharsets.US_ASCII);
        static final byte[] CRL_PEM = TestCertificates.crl(CA).revoke(LEAF, TestCertificates.NOW).build().pem()
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Cases per property: as many as the former property-based runs tried. */
    private static final int CASES = 2000;

    @Test
    void randomBytesIntoCertificateImporter() {
        SeededCases.check("randomBytesIntoCertificateImporter", CASES, ImportRobustnessTest::randomBytes,
                input -> onlyOurException(() -> checkConsistent(certificates.parse(input))));
    }

    @Test
    void randomBytesIntoCrlImporter() {
        SeededCases.check("randomBytesIntoCrlImporter", CASES, ImportRobustnessTest::randomBytes,
                input -> onlyOurException(() -> checkConsistent(crls.parse(input))));
    }

    @Test
    void mutatedPemIntoCertificateImporter() {
        SeededCases.check("mutatedPemIntoCertificateImporter", CASES, random -> PemMutations.of(Corpus.CHAIN_PEM, random),
                input -> onlyOurException(() -> checkConsistent(certificates.parse(input))));
    }

    @Test
    void mutatedPemIntoCrlImporter() {
        SeededCases.check("mutatedPemIntoCrlImporter", CASES, random -> PemMutations.of(Corpus.CRL_PEM, random),
                input -> onlyOurException(() -> checkConsistent(crls.parse(input))));
    }

    @Test
    void mutatedDerIntoCertificateImporter() {
        SeededCases.check("mutatedDerIntoCertificateImporter", CASES, ImportRobustnessTest::mutatedLeafDer,
                input -> onlyOurException(() -> checkConsistent(certificates.parse(input))));
    }

    /** Plain noise, noise that starts like a DER SEQUENCE, or arbitrary text inside CERTIFICATE armour. */
    private static byte[] randomBytes(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> SeededCases.bytes(random, SeededCases.length(random, 2048));
            case 1 -> {
                byte[] b = SeededCases.bytes(random, 3 + SeededCases.length(random, 2048 - 3));
                b[0] = 0x30;
                yield b;
            }
            default -> ("-----BEGIN CERTIFICATE-----\n" + SeededCases.text(random, 512) + "\n-----END CERTIFICATE-----\n")
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The leaf's DER with one to four consecutive bytes XORed with the same non-zero value. */
    private static byte[] mutatedLeafDer(SplittableRandom random) {
        byte[] copy = Corpus.LEAF.der().clone();
        int position = random.nextInt(copy.length);
        byte value = SeededCases.anyByte(random);
        int count = random.nextInt(1, 5);
        for (int i = 0; i < count && position + i < copy.length; i++) {
            copy[position + i] ^= (byte) (value == 0 ? 1 : value);
        }
        return copy;
    }

    private static void onlyOurException(Runnable parse) {
        try {
            parse.run();
        } catch (TrustStoreInputException expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }

    private void checkConsistent(ImportedBundle bundle) {
        assertFalse(bundle.certificates().isEmpty());
        for (CertificateFacts facts : bundle.certificates()) {
            assertEquals(Fingerprints.sha256Fingerprint(facts.der()), facts.sha256Fingerprint());
            List<CertificateFacts> again = certificates.parse(facts.der()).certificates();
            assertEquals(List.of(facts), again);
            assertEquals(facts.subject(), again.getFirst().subject());
        }
    }

    private void checkConsistent(CrlFacts crl) {
        assertEquals(Fingerprints.sha256Fingerprint(crl.der()), crl.sha256Fingerprint());
        assertEquals(crl.revoked(), crls.parse(crl.der()).revoked());
    }
}
