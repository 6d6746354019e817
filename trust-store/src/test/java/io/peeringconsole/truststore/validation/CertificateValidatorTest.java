package io.peeringconsole.truststore.validation;

import static io.peeringconsole.truststore.testing.TestCertificates.NOW;
import static io.peeringconsole.truststore.validation.ReasonCode.CA_CONSTRAINT;
import static io.peeringconsole.truststore.validation.ReasonCode.CHAIN_INCOMPLETE;
import static io.peeringconsole.truststore.validation.ReasonCode.DOMAIN_MISMATCH;
import static io.peeringconsole.truststore.validation.ReasonCode.EXPIRED;
import static io.peeringconsole.truststore.validation.ReasonCode.EXPIRES_WITHIN_30_DAYS;
import static io.peeringconsole.truststore.validation.ReasonCode.EXPIRES_WITHIN_7_DAYS;
import static io.peeringconsole.truststore.validation.ReasonCode.EXTENDED_KEY_USAGE_MISSING_CLIENT_AUTH;
import static io.peeringconsole.truststore.validation.ReasonCode.EXTENDED_KEY_USAGE_MISSING_SERVER_AUTH;
import static io.peeringconsole.truststore.validation.ReasonCode.KEY_USAGE;
import static io.peeringconsole.truststore.validation.ReasonCode.NOT_SIGNED_BY_ISSUER;
import static io.peeringconsole.truststore.validation.ReasonCode.NOT_YET_VALID;
import static io.peeringconsole.truststore.validation.ReasonCode.NO_TRUST_ANCHOR;
import static io.peeringconsole.truststore.validation.ReasonCode.WEAK_KEY;
import static io.peeringconsole.truststore.validation.ReasonCode.WEAK_SIGNATURE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.testing.TestCertificate;
import io.peeringconsole.truststore.testing.TestCertificates;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

/** One certificate per failure reason of the chain, key, usage and validity checks, plus the good chain. */
class CertificateValidatorTest {

    private final CertificateValidator validator = new CertificateValidator();
    private final TestCertificate root = TestCertificates.anchor("CN=Peer Root CA,O=Example Net").build();
    private final TestCertificate intermediate = TestCertificates.intermediate("CN=Peer Issuing CA,O=Example Net")
            .issuedBy(root).build();

    private TestCertificates leaf() {
        return TestCertificates.leaf("xmpp.example.net").issuedBy(intermediate).dns("example.net", "xmpp.example.net");
    }

    private Verdict validate(List<CertificateFacts> chain) {
        return validator.validate(ValidationRequest.forPeer("example.net", chain).anchors(List.of(root.facts())).at(NOW));
    }

    @Test
    void validChainIsTrustedWithoutReasons() {
        Verdict verdict = validate(leaf().build().chainWith(intermediate));
        assertEquals(Set.of(), verdict.codes());
        assertTrue(verdict.trusted());
        assertEquals(3, verdict.path().size());
        assertEquals(root.facts(), verdict.path().get(2));
    }

    @Test
    void missingIntermediateNamesTheMissingIssuer() {
        Verdict verdict = validate(leaf().build().chainWith());
        assertEquals(Set.of(CHAIN_INCOMPLETE), verdict.codes());
        assertTrue(verdict.failures().getFirst().message().contains("CN=Peer Issuing CA,O=Example Net"));
        assertFalse(verdict.trusted());
    }

    @Test
    void intermediateOfAnotherIssuanceIsNotTheSigner() {
        TestCertificate impostor = TestCertificates.intermediate("CN=Peer Issuing CA,O=Example Net").issuedBy(root).build();
        assertEquals(Set.of(NOT_SIGNED_BY_ISSUER), validate(leaf().build().chainWith(impostor)).codes());
    }

    @Test
    void rootThatIsNotAnAnchorIsReported() {
        TestCertificate otherRoot = TestCertificates.anchor("CN=Other Root").build();
        TestCertificate otherIntermediate = TestCertificates.intermediate("CN=Other CA").issuedBy(otherRoot).build();
        TestCertificate leaf = leaf().issuedBy(otherIntermediate).build();
        Verdict verdict = validate(leaf.chainWith(otherIntermediate, otherRoot));
        assertEquals(Set.of(NO_TRUST_ANCHOR), verdict.codes());
        assertTrue(verdict.failures().getFirst().message().contains("CN=Other Root"));
    }

    @Test
    void selfSignedLeafWithoutPinOrAnchorHasNoAnchor() {
        TestCertificate selfSigned = TestCertificates.leaf("example.net").dns("example.net").build();
        assertEquals(Set.of(NO_TRUST_ANCHOR), validate(selfSigned.chainWith()).codes());
    }

    @Test
    void selfSignedLeafImportedAsAnchorIsTrusted() {
        TestCertificate selfSigned = TestCertificates.leaf("example.net").dns("example.net").build();
        Verdict verdict = validator.validate(ValidationRequest.forPeer("example.net", selfSigned.chainWith())
                .anchors(List.of(selfSigned.facts())).at(NOW));
        assertEquals(Set.of(), verdict.codes());
    }

    @Test
    void expiredLeaf() {
        TestCertificate expired = leaf().validFrom(NOW.minus(Duration.ofDays(100))).validUntil(NOW.minus(Duration.ofDays(1))).build();
        assertEquals(Set.of(EXPIRED), validate(expired.chainWith(intermediate)).codes());
    }

    @Test
    void expiredIntermediate() {
        TestCertificate old = TestCertificates.intermediate("CN=Old CA").issuedBy(root).validUntil(NOW.minusSeconds(60)).build();
        TestCertificate leaf = leaf().issuedBy(old).build();
        Verdict verdict = validate(leaf.chainWith(old));
        assertEquals(Set.of(EXPIRED), verdict.codes());
        assertEquals(old.facts().sha256Fingerprint(), verdict.failures().getFirst().certificateFingerprint());
    }

    @Test
    void notYetValidLeaf() {
        TestCertificate early = leaf().validFrom(NOW.plus(Duration.ofDays(2))).build();
        assertEquals(Set.of(NOT_YET_VALID), validate(early.chainWith(intermediate)).codes());
    }

    @Test
    void rsa1024IsWeak() {
        assertEquals(Set.of(WEAK_KEY), validate(leaf().rsa(1024).build().chainWith(intermediate)).codes());
    }

    @Test
    void p224IsWeak() {
        assertEquals(Set.of(WEAK_KEY), validate(leaf().ec("secp224r1").build().chainWith(intermediate)).codes());
    }

    @Test
    void rsa2048AndEd25519AreStrongEnough() {
        assertEquals(Set.of(), validate(leaf().rsa(2048).build().chainWith(intermediate)).codes());
        assertEquals(Set.of(), validate(leaf().ed25519().build().chainWith(intermediate)).codes());
    }

    @Test
    void sha1SignatureOnLeafIsWeak() {
        TestCertificate sha1 = leaf().signatureAlgorithm("SHA1withECDSA").build();
        assertEquals(Set.of(WEAK_SIGNATURE), validate(sha1.chainWith(intermediate)).codes());
    }

    @Test
    void md5SignatureOnIntermediateIsWeak() {
        TestCertificate rsaRoot = TestCertificates.anchor("CN=RSA Root").rsa(2048).build();
        TestCertificate md5 = TestCertificates.intermediate("CN=MD5 CA").issuedBy(rsaRoot).signatureAlgorithm("MD5withRSA").build();
        TestCertificate leaf = leaf().issuedBy(md5).build();
        Verdict verdict = validator.validate(ValidationRequest.forPeer("example.net", leaf.chainWith(md5))
                .anchors(List.of(rsaRoot.facts())).at(NOW));
        assertEquals(Set.of(WEAK_SIGNATURE), verdict.codes());
        assertTrue(verdict.failures().getFirst().message().contains("MD5"));
    }

    @Test
    void selfSignedAnchorsOwnSha1SignatureIsExempt() {
        TestCertificate sha1Root = TestCertificates.anchor("CN=Old Root").signatureAlgorithm("SHA1withECDSA").build();
        TestCertificate leaf = leaf().issuedBy(sha1Root).build();
        Verdict verdict = validator.validate(ValidationRequest.forPeer("example.net", leaf.chainWith())
                .anchors(List.of(sha1Root.facts())).at(NOW));
        assertEquals(Set.of(), verdict.codes());
    }

    @Test
    void ecLeafWithoutDigitalSignatureFailsKeyUsage() {
        assertEquals(Set.of(KEY_USAGE), validate(leaf().keyUsage(KeyUsage.keyAgreement).build().chainWith(intermediate)).codes());
    }

    @Test
    void rsaLeafWithOnlyKeyEnciphermentFailsKeyUsage() {
        TestCertificate leaf = leaf().rsa(2048).keyUsage(KeyUsage.keyEncipherment).build();
        Verdict verdict = validate(leaf.chainWith(intermediate));
        assertEquals(Set.of(KEY_USAGE), verdict.codes());
        assertTrue(verdict.failures().getFirst().message().contains("keyEncipherment"));
    }

    @Test
    void absentKeyUsageAndEkuAllowEverything() {
        TestCertificate leaf = leaf().keyUsage(null).extendedKeyUsage().build();
        assertEquals(Set.of(), validate(leaf.chainWith(intermediate)).codes());
    }

    @Test
    void serverAuthOnlyCertificateBreaksServerToServer() {
        TestCertificate leaf = leaf().extendedKeyUsage(KeyPurposeId.id_kp_serverAuth).build();
        Verdict verdict = validate(leaf.chainWith(intermediate));
        assertEquals(Set.of(EXTENDED_KEY_USAGE_MISSING_CLIENT_AUTH), verdict.codes());
        assertTrue(verdict.failures().getFirst().message().contains("clientAuth"));
    }

    @Test
    void serverAuthOnlyIsEnoughWhenOnlyTheServerRoleIsRequired() {
        TestCertificate leaf = leaf().extendedKeyUsage(KeyPurposeId.id_kp_serverAuth).build();
        Verdict verdict = validator.validate(ValidationRequest.forPeer("example.net", leaf.chainWith(intermediate))
                .anchors(List.of(root.facts())).roles(Set.of(TlsRole.SERVER)).at(NOW));
        assertEquals(Set.of(), verdict.codes());
    }

    @Test
    void clientAuthOnlyCertificateMissesServerAuth() {
        TestCertificate leaf = leaf().extendedKeyUsage(KeyPurposeId.id_kp_clientAuth).build();
        assertEquals(Set.of(EXTENDED_KEY_USAGE_MISSING_SERVER_AUTH), validate(leaf.chainWith(intermediate)).codes());
    }

    @Test
    void intermediateWithoutCaBasicConstraints() {
        TestCertificate notCa = TestCertificates.intermediate("CN=Not A CA").issuedBy(root).noBasicConstraints().build();
        TestCertificate leaf = leaf().issuedBy(notCa).build();
        assertEquals(Set.of(CA_CONSTRAINT), validate(leaf.chainWith(notCa)).codes());
    }

    @Test
    void pathLengthExceeded() {
        TestCertificate constrained = TestCertificates.intermediate("CN=Constrained CA").issuedBy(root).pathLen(0).build();
        TestCertificate sub = TestCertificates.intermediate("CN=Sub CA").issuedBy(constrained).build();
        TestCertificate leaf = leaf().issuedBy(sub).build();
        Verdict verdict = validate(leaf.chainWith(sub, constrained));
        assertEquals(Set.of(CA_CONSTRAINT), verdict.codes());
        assertTrue(verdict.failures().getFirst().message().contains("CN=Constrained CA"));
    }

    @Test
    void wrongDomain() {
        Verdict verdict = validator.validate(ValidationRequest.forPeer("example.org", leaf().build().chainWith(intermediate))
                .anchors(List.of(root.facts())).at(NOW));
        assertEquals(Set.of(DOMAIN_MISMATCH), verdict.codes());
        assertTrue(verdict.failures().getFirst().message().contains("example.org"));
    }

    @Test
    void expiryWarningsDoNotFailTheVerdict() {
        TestCertificate month = leaf().validUntil(NOW.plus(Duration.ofDays(20))).build();
        TestCertificate week = leaf().validUntil(NOW.plus(Duration.ofDays(3))).build();
        Verdict soon = validate(month.chainWith(intermediate));
        assertEquals(Set.of(EXPIRES_WITHIN_30_DAYS), soon.codes());
        assertTrue(soon.trusted());
        assertEquals(Set.of(EXPIRES_WITHIN_7_DAYS), validate(week.chainWith(intermediate)).codes());
    }

    @Test
    void everyFailureIsReportedAtOnceFailuresFirst() {
        TestCertificate bad = leaf().rsa(1024).extendedKeyUsage(KeyPurposeId.id_kp_serverAuth)
                .validUntil(NOW.minusSeconds(1)).build();
        Verdict verdict = validator.validate(ValidationRequest.forPeer("other.example", bad.chainWith()).anchors(List.of(root.facts())).at(NOW));
        assertEquals(Set.of(CHAIN_INCOMPLETE, WEAK_KEY, EXPIRED, EXTENDED_KEY_USAGE_MISSING_CLIENT_AUTH, DOMAIN_MISMATCH), verdict.codes());
        verdict.reasons().forEach(r -> assertFalse(r.message().isBlank()));
    }
}
