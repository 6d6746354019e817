package io.peeringconsole.truststore.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import io.peeringconsole.truststore.certificate.KeyType;
import io.peeringconsole.truststore.certificate.KeyUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleKeyStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final byte[] DATA = "snapshot 42".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void createsKeysAndAnOwnerOnlyPasswordFileWhenNoPasswordIsGiven() throws Exception {
        ConsoleKeyStore store = ConsoleKeyStore.openOrCreate(directory, null, CLOCK);
        Path passwordFile = directory.resolve(KeyStorePassword.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertTrue(Files.readString(passwordFile).strip().length() >= 40);

        ConsoleKeyStore reopened = ConsoleKeyStore.openOrCreate(directory, null, CLOCK);
        assertEquals(store.signingKeys().current(), reopened.signingKeys().current());
        assertEquals(store.gatewayCa().certificate(), reopened.gatewayCa().certificate());
    }

    @Test
    void givenPasswordIsUsedAndAWrongOneIsRefused() {
        ConsoleKeyStore.openOrCreate(directory, "operator secret".toCharArray(), CLOCK);
        assertFalse(Files.exists(directory.resolve(KeyStorePassword.FILE_NAME)));
        ConsoleKeyStoreException wrong = assertThrows(ConsoleKeyStoreException.class,
                () -> ConsoleKeyStore.openOrCreate(directory, "guess".toCharArray(), CLOCK));
        assertTrue(wrong.getMessage().contains("PEERING_KEYSTORE_PASSWORD"));
    }

    @Test
    void passwordFileReadableByOthersIsRefused() throws Exception {
        ConsoleKeyStore.openOrCreate(directory, null, CLOCK);
        Files.setPosixFilePermissions(directory.resolve(KeyStorePassword.FILE_NAME), PosixFilePermissions.fromString("rw-r--r--"));
        assertThrows(ConsoleKeyStoreException.class, () -> ConsoleKeyStore.openOrCreate(directory, null, CLOCK));
    }

    @Test
    void signingKeyIdIsTheFirstHalfOfTheSpkiSha256() throws Exception {
        SigningKeyInfo current = ConsoleKeyStore.openOrCreate(directory, null, CLOCK).signingKeys().current();
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(current.certificate().der()));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
        assertEquals(HexFormat.of().formatHex(Arrays.copyOf(digest, 16)), current.keyId());
        assertEquals(KeyType.EC, current.certificate().publicKey().type());
        assertEquals("P-256", current.certificate().publicKey().curve());
    }

    @Test
    void signaturesVerifyAndForgeriesDoNot() {
        SigningKeys keys = ConsoleKeyStore.openOrCreate(directory, null, CLOCK).signingKeys();
        SignatureValue signature = keys.sign(DATA);
        assertTrue(keys.verify(signature, DATA));
        assertFalse(keys.verify(signature, "snapshot 43".getBytes(StandardCharsets.UTF_8)));
        assertFalse(keys.verify(new SignatureValue("00".repeat(16), signature.algorithm(), signature.value()), DATA));
        assertFalse(keys.verify(new SignatureValue(signature.keyId(), signature.algorithm(), new byte[] {1, 2, 3}), DATA));
    }

    @Test
    void rotationKeepsOldPublicKeysForVerificationAcrossRestarts() {
        SigningKeys keys = ConsoleKeyStore.openOrCreate(directory, null, CLOCK).signingKeys();
        SignatureValue before = keys.sign(DATA);
        SigningKeyInfo rotated = keys.rotate();
        assertNotEquals(before.keyId(), rotated.keyId());
        assertEquals(rotated.keyId(), keys.sign(DATA).keyId());

        SigningKeys afterRestart = ConsoleKeyStore.openOrCreate(directory, null, CLOCK).signingKeys();
        assertTrue(afterRestart.verify(before, DATA));
        assertEquals(rotated.keyId(), afterRestart.current().keyId());
        List<SigningKeyInfo> all = afterRestart.all();
        assertEquals(List.of(rotated.keyId(), before.keyId()), all.stream().map(SigningKeyInfo::keyId).toList());
        assertFalse(all.get(1).current());
    }

    @Test
    void gatewayCaIsAConstrainedEcCa() {
        CertificateFacts ca = ConsoleKeyStore.openOrCreate(directory, null, CLOCK).gatewayCa().certificate();
        assertTrue(ca.ca());
        assertEquals(0, ca.pathLenConstraint());
        assertEquals(List.of(KeyUsage.KEY_CERT_SIGN, KeyUsage.CRL_SIGN), ca.keyUsage());
        assertEquals("P-256", ca.publicKey().curve());
        assertTrue(ca.selfIssued());
    }
}
