package io.peeringconsole.truststore.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.keys.ConsoleKeyStore;
import io.peeringconsole.truststore.keys.DetachedCms;
import io.peeringconsole.truststore.keys.SigningKeys;
import io.peeringconsole.truststore.testing.Openssl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration snapshots signed by the console verify with the stock OpenSSL command gateways are told to use. */
class OpensslCmsInteropTest {

    private static final byte[] CONTENT = "{\"localDomain\":\"example.com\",\"schemaVersion\":1}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;
    private Openssl openssl;
    private SigningKeys keys;

    @BeforeEach
    void open() throws Exception {
        openssl = Openssl.in(directory);
        keys = ConsoleKeyStore.openOrCreate(directory.resolve("data"), null, Clock.systemUTC()).signingKeys();
        openssl.write("console-ca.pem", keys.current().certificate().pem());
    }

    @Test
    void signatureVerifiesWithOpensslCmsAgainstTheSigningCertificate() throws Exception {
        write("snapshot.json", CONTENT);
        write("snapshot.p7s", keys.signDetachedCms(CONTENT));
        Openssl.Result result = verify();
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("Verification successful"), result.err());
    }

    @Test
    void everySingleFlippedContentByteFailsOpensslVerification() throws Exception {
        write("snapshot.p7s", keys.signDetachedCms(CONTENT));
        for (int position : List.of(0, CONTENT.length / 2, CONTENT.length - 1)) {
            byte[] tampered = CONTENT.clone();
            tampered[position] ^= 0x01;
            write("snapshot.json", tampered);
            Openssl.Result result = verify();
            assertNotEquals(0, result.exitCode(), "byte " + position + " flipped must fail: " + result.err());
            assertFalse(DetachedCms.verifies(tampered, keys.signDetachedCms(CONTENT), keys.certificates()));
        }
    }

    @Test
    void aFlippedSignatureByteFailsAndAnotherConsolesCertificateIsNotTrusted() throws Exception {
        byte[] signature = keys.signDetachedCms(CONTENT);
        assertTrue(DetachedCms.verifies(CONTENT, signature, keys.certificates()));
        byte[] damaged = signature.clone();
        damaged[damaged.length - 5] ^= 0x10;
        write("snapshot.json", CONTENT);
        write("snapshot.p7s", damaged);
        assertNotEquals(0, verify().exitCode());
        assertFalse(DetachedCms.verifies(CONTENT, damaged, keys.certificates()));
        SigningKeys stranger = ConsoleKeyStore.openOrCreate(directory.resolve("other"), null, Clock.systemUTC())
                .signingKeys();
        assertFalse(DetachedCms.verifies(CONTENT, signature, stranger.certificates()));
        openssl.write("console-ca.pem", stranger.current().certificate().pem());
        write("snapshot.p7s", signature);
        assertNotEquals(0, verify().exitCode(), "a signature by another console must not verify");
    }

    @Test
    void snapshotsSignedBeforeARotationStillVerifyWithTheRetiredCertificate() {
        byte[] signature = keys.signDetachedCms(CONTENT);
        keys.rotate();
        assertTrue(DetachedCms.verifies(CONTENT, signature, keys.certificates()));
        assertTrue(DetachedCms.verifies(CONTENT, keys.signDetachedCms(CONTENT), keys.certificates()));
    }

    private Openssl.Result verify() throws Exception {
        return openssl.tryRun("cms", "-verify", "-binary", "-inform", "DER", "-content", "snapshot.json", "-in",
                "snapshot.p7s", "-CAfile", "console-ca.pem", "-purpose", "any", "-out", "/dev/null");
    }

    private void write(String name, byte[] bytes) throws Exception {
        Files.write(directory.resolve(name), bytes);
    }
}
