package io.peeringconsole.truststore.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.encoding.Fingerprints;
import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever bytes arrive, the importers answer with facts or with {@link TrustStoreInputException}, nothing else; and
 * facts, when they come, are consistent with the bytes they were read from.
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

    @Property(tries = 2000)
    void randomBytesIntoCertificateImporter(@ForAll("randomBytes") byte[] input) {
        onlyOurException(() -> checkConsistent(certificates.parse(input)));
    }

    @Property(tries = 2000)
    void randomBytesIntoCrlImporter(@ForAll("randomBytes") byte[] input) {
        onlyOurException(() -> checkConsistent(crls.parse(input)));
    }

    @Property(tries = 2000)
    void mutatedPemIntoCertificateImporter(@ForAll("mutatedChainPem") byte[] input) {
        onlyOurException(() -> checkConsistent(certificates.parse(input)));
    }

    @Property(tries = 2000)
    void mutatedPemIntoCrlImporter(@ForAll("mutatedCrlPem") byte[] input) {
        onlyOurException(() -> checkConsistent(crls.parse(input)));
    }

    @Property(tries = 2000)
    void mutatedDerIntoCertificateImporter(@ForAll("mutatedLeafDer") byte[] input) {
        onlyOurException(() -> checkConsistent(certificates.parse(input)));
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
        Arbitrary<byte[]> derLike = noise.filter(b -> b.length > 2).map(b -> {
            b[0] = 0x30;
            return b;
        });
        Arbitrary<byte[]> armoured = Arbitraries.strings().ofMaxLength(512)
                .map(s -> ("-----BEGIN CERTIFICATE-----\n" + s + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(noise, derLike, armoured);
    }

    @Provide
    Arbitrary<byte[]> mutatedChainPem() {
        return PemMutations.of(Corpus.CHAIN_PEM);
    }

    @Provide
    Arbitrary<byte[]> mutatedCrlPem() {
        return PemMutations.of(Corpus.CRL_PEM);
    }

    @Provide
    Arbitrary<byte[]> mutatedLeafDer() {
        byte[] der = Corpus.LEAF.der();
        return Combinators.combine(Arbitraries.integers().between(0, der.length - 1), Arbitraries.bytes(),
                Arbitraries.integers().between(1, 4)).as((position, value, count) -> {
                    byte[] copy = der.clone();
                    for (int i = 0; i < count && position + i < copy.length; i++) {
                        copy[position + i] ^= (byte) (value == 0 ? 1 : value);
                    }
                    return copy;
                });
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
