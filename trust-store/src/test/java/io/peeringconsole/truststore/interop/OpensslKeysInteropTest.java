package io.peeringconsole.truststore.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.truststore.InputErrorCode;
import io.peeringconsole.truststore.TrustStoreInputException;
import io.peeringconsole.truststore.keys.ConsoleKeyStore;
import io.peeringconsole.truststore.keys.GatewayCertificateAuthority;
import io.peeringconsole.truststore.keys.IssuedCertificate;
import io.peeringconsole.truststore.testing.Openssl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the console's key material looks like to the stock OpenSSL tools gateways and operators use. */
class OpensslKeysInteropTest {

    @TempDir
    Path directory;
    private Openssl openssl;
    private ConsoleKeyStore keyStore;

    @BeforeEach
    void open() throws Exception {
        openssl = Openssl.in(directory);
        keyStore = ConsoleKeyStore.openOrCreate(directory.resolve("data"), null, Clock.systemUTC());
    }

    @Test
    void gatewayCertificateFromAnOpensslCsrVerifiesWithOpenssl() throws Exception {
        openssl.run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "gw.key",
                "-out", "gw.csr", "-subj", "/CN=whatever-the-gateway-asks");
        GatewayCertificateAuthority ca = keyStore.gatewayCa();
        IssuedCertificate issued = ca.issue(openssl.read("gw.csr"), "gw1", "example.com", Duration.ofDays(7));
        openssl.write("ca.pem", ca.certificate().pem());
        openssl.write("gw.pem", issued.pem());
        String verified = openssl.run("verify", "-CAfile", "ca.pem", "-purpose", "sslclient", "gw.pem");
        assertEquals("gw.pem: OK", verified.strip());
        String text = openssl.run("x509", "-in", "gw.pem", "-noout", "-text");
        assertTrue(text.contains("TLS Web Client Authentication") && text.contains("DNS:gw1.example.com"), text);
    }

    @Test
    void opensslCsrAskingForCaIsRefused() throws Exception {
        openssl.run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key",
                "-out", "ca.csr", "-subj", "/CN=sneaky", "-addext", "basicConstraints=critical,CA:TRUE");
        TrustStoreInputException refused = assertThrows(TrustStoreInputException.class,
                () -> keyStore.gatewayCa().issue(openssl.read("ca.csr"), "gw1", "example.com", Duration.ofDays(7)));
        assertEquals(InputErrorCode.CSR_REQUESTS_CA, refused.code());
    }

    @Test
    void keyStoreOpensWithOpensslPkcs12UsingModernAlgorithms() throws Exception {
        String version = openssl.run("version");
        String password = Files.readString(directory.resolve("data").resolve("console-keys.password")).strip();
        String file = keyStore.file().toString();
        String certificates = openssl.run("pkcs12", "-in", file, "-passin", "pass:" + password, "-nokeys");
        assertTrue(certificates.contains("BEGIN CERTIFICATE"), certificates);
        String keys = openssl.run("pkcs12", "-in", file, "-passin", "pass:" + password, "-nocerts", "-nodes");
        assertTrue(keys.contains("BEGIN PRIVATE KEY"), "private keys must decrypt without the legacy provider");
        Openssl.Result info = openssl.tryRun("pkcs12", "-in", file, "-passin", "pass:" + password, "-info", "-noout");
        String details = info.out() + info.err();
        assertTrue(details.contains("AES-256-CBC") && details.contains("PBKDF2") && details.contains("sha256"),
                version + details);
    }
}
