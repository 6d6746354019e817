package io.peeringconsole.trust.application;

import static io.peeringconsole.access.domain.OperatorBuilder.aDomainAdminOf;
import static io.peeringconsole.access.domain.OperatorBuilder.aSecurityOfficer;
import static io.peeringconsole.access.domain.OperatorBuilder.anAdmin;
import static io.peeringconsole.trust.application.TrustServices.OTHER_PEER;
import static io.peeringconsole.trust.application.TrustServices.PEER;
import static io.peeringconsole.trust.domain.TrustFixtures.EXAMPLE_NET;
import static io.peeringconsole.trust.domain.TrustFixtures.INTERMEDIATE;
import static io.peeringconsole.trust.domain.TrustFixtures.NOW;
import static io.peeringconsole.trust.domain.TrustFixtures.ROOT;
import static io.peeringconsole.trust.domain.TrustFixtures.bundle;
import static io.peeringconsole.trust.domain.TrustFixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.audit.domain.AuditEvent;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.NotFoundException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.trust.domain.TrustFixtures;
import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.certificate.CertificateImporter;
import io.peeringconsole.truststore.encoding.InputDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Importing a peer's certificates and trust anchors: refusals store nothing, repeats store nothing twice. */
class CertificateImportTest {

    private final TrustServices services = new TrustServices();
    private final PeerTrustService trust = services.peerTrust(NOW);

    static Stream<Arguments> refusedUploads() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] oversize = new byte[InputDecoder.MAX_INPUT_BYTES + 1];
        Arrays.fill(oversize, (byte) 'A');
        String certificate = new String(bytes(EXAMPLE_NET), StandardCharsets.US_ASCII);
        String privateKey = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n"
                + "-----END PRIVATE KEY-----\n";
        return Stream.of(
                Arguments.of("random bytes", random, InputErrorCode.UNRECOGNISED_FORMAT),
                Arguments.of("empty", new byte[0], InputErrorCode.EMPTY_INPUT),
                Arguments.of("over 1 MiB", oversize, InputErrorCode.INPUT_TOO_LARGE),
                Arguments.of("private key", ascii(privateKey), InputErrorCode.PRIVATE_KEY_SUPPLIED),
                Arguments.of("certificate with a private key", ascii(certificate + privateKey),
                        InputErrorCode.PRIVATE_KEY_SUPPLIED),
                Arguments.of("truncated armour", ascii(certificate.substring(0, certificate.length() / 2)), null),
                Arguments.of("base64 without armour", ascii("TUlJQmtUQ0NBVGVnQXdJQkFnSVVkR1ZzZEE9PQ=="),
                        InputErrorCode.UNRECOGNISED_FORMAT),
                Arguments.of("a CRL", bytes(TrustFixtures.CRL), InputErrorCode.UNEXPECTED_CONTENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUploads")
    void refusedUploadsAreRuleViolationsWithTheTrustStoresMessageAndStoreNothing(String what, byte[] input,
            InputErrorCode expected) {
        TrustStoreInputException original = assertThrows(TrustStoreInputException.class,
                () -> new CertificateImporter().parse(input));
        if (expected != null) {
            assertEquals(expected, original.code());
        }
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> trust.importCertificates(anAdmin(), PEER, input));
        assertEquals("certificate", refused.field());
        assertEquals(original.getMessage(), refused.getMessage());
        assertThrows(RuleViolationException.class, () -> trust.importAnchors(anAdmin(), null, input));
        assertTrue(services.store.isEmpty());
        assertEquals(List.of(), services.audit.events);
    }

    @Test
    void aPastedPrivateKeyIsRefusedSayingItWasNotStored() {
        byte[] key = ascii("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n");
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> trust.importCertificates(anAdmin(), PEER, key));
        assertEquals(InputDecoder.PRIVATE_KEY_MESSAGE, refused.getMessage());
        assertTrue(services.store.isEmpty());
    }

    @Test
    void aChainInAnyOrderIsStoredLeafFirstAndAudited() {
        ImportOutcome outcome = trust.importCertificates(aDomainAdminOf("example.com"), PEER,
                bundle(INTERMEDIATE, EXAMPLE_NET));
        assertTrue(outcome.reordered());
        assertEquals(List.of("example.net", "xmpp.example.net"), outcome.stored().getFirst().dnsNames());
        assertEquals(List.of(false, true), outcome.stored().stream().map(CertificateView::ca).toList());
        assertEquals(List.of(), outcome.alreadyPresent());
        assertEquals(List.of("CERTIFICATE_IMPORTED", "CERTIFICATE_IMPORTED"), services.audit.actions());
        AuditEvent first = services.audit.events.getFirst();
        CertificateView leaf = outcome.stored().getFirst();
        assertEquals("TrustedCertificate", first.targetType());
        assertEquals(String.valueOf(leaf.id()), first.targetId());
        assertTrue(first.after().contains(leaf.sha256Fingerprint()), first.after());
        assertTrue(first.after().contains("xmpp.example.net"), first.after());
        assertTrue(first.after().contains(leaf.notAfter().toString()), first.after());
        assertFalse(first.after().contains("BEGIN"), "the audit entry holds facts, not the certificate");
        assertEquals("dora", services.audit.actors.getFirst().name());
    }

    @Test
    void importingAgainIsIdempotentAndReportsWhatWasThere() {
        ImportOutcome first = trust.importCertificates(anAdmin(), PEER, bytes(EXAMPLE_NET));
        ImportOutcome again = trust.importCertificates(anAdmin(), PEER, bundle(EXAMPLE_NET, INTERMEDIATE));
        assertEquals(1, again.stored().size());
        assertEquals(List.of(first.stored().getFirst().id()),
                again.alreadyPresent().stream().map(CertificateView::id).toList());
        assertEquals(2, services.store.certificateRows.size());
        assertEquals(2, services.audit.events.size());
        // Another peer may present the same certificate (e.g. a shared hosting provider): its own row.
        assertEquals(1, trust.importCertificates(anAdmin(), OTHER_PEER, bytes(EXAMPLE_NET)).stored().size());
    }

    @Test
    void globalAnchorsAreIdempotentToo() {
        ImportOutcome first = trust.importAnchors(aSecurityOfficer(), null, bytes(ROOT));
        ImportOutcome again = trust.importAnchors(aSecurityOfficer(), null, bytes(ROOT));
        assertNull(first.stored().getFirst().peerNetworkId());
        assertEquals("TRUST_ANCHOR", first.stored().getFirst().purpose());
        assertEquals(List.of(), again.stored());
        assertEquals(1, again.alreadyPresent().size());
        assertEquals(List.of("TRUST_ANCHOR_ADDED"), services.audit.actions());
        assertEquals(1, trust.importAnchors(anAdmin(), PEER, bytes(ROOT)).stored().size());
    }

    @Test
    void onlyTheRightRolesMayImport() {
        assertThrows(AccessDeniedException.class, () -> trust.importCertificates(aSecurityOfficer(), PEER,
                bytes(EXAMPLE_NET)));
        assertThrows(AccessDeniedException.class, () -> trust.importAnchors(aDomainAdminOf("example.com"), null,
                bytes(ROOT)));
        assertTrue(services.store.isEmpty());
    }

    @Test
    void importingForAnUnknownPeerIsNotFound() {
        assertThrows(NotFoundException.class, () -> trust.importCertificates(anAdmin(), 999, bytes(EXAMPLE_NET)));
        assertThrows(NotFoundException.class, () -> trust.importAnchors(anAdmin(), 999L, bytes(ROOT)));
        assertTrue(services.store.isEmpty());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
