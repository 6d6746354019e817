package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.audit.forwarding.SocketSyslogTransport;
import io.peeringconsole.web.infrastructure.audit.SyslogTls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forwarding transport over TLS (RFC 5425) against rsyslog's gtls driver, with certificates made by openssl:
 * a receiver whose certificate chains to the configured CA and names the host takes the batch; any other is refused
 * before a byte of the trail is sent. No console is needed, so none is deployed.
 */
class SyslogTlsIT {

    private static Openssl openssl;
    private static Rsyslog receiver;

    @BeforeAll
    static void startReceiver() throws Exception {
        Assumptions.assumeTrue(Rsyslog.tlsInstalled(), "rsyslogd is not installed (Debian packages rsyslog and "
                + "rsyslog-gnutls; scripts/test-services.sh installs them)");
        openssl = Openssl.inTempDirectory();
        certificates(openssl, "ca", "receiver", "subjectAltName=DNS:localhost,IP:127.0.0.1");
        receiver = Rsyslog.tls(Path.of("target", "rsyslog-tls-" + UUID.randomUUID().toString().substring(0, 8)),
                openssl.file("ca.pem"), openssl.file("receiver.pem"), openssl.file("receiver.key"));
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() throws Exception {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aReceiverWhoseCertificateChainsToTheTrustedCaTakesTheBatch() throws Exception {
        var transport = new SocketSyslogTransport("127.0.0.1", receiver.port, SyslogTls.context(openssl.file("ca.pem")),
                5000);
        transport.deliver(List.of(message(901), message(902)));

        var received = receiver.sequences();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!(received.contains(901L) && received.contains(902L)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            received = receiver.sequences();
        }
        assertTrue(received.containsAll(List.of(901L, 902L)), received.toString());
        String line = receiver.lines().stream().filter(l -> l.contains("seq=\"901\"")).findFirst().orElseThrow();
        assertTrue(line.startsWith("1|TLS_TEST|"), "parsed as RFC 5424: " + line);
    }

    @Test
    void aReceiverSignedByAnotherCaIsRefused() throws Exception {
        Openssl other = Openssl.inTempDirectory();
        certificates(other, "ca", "unused", "subjectAltName=DNS:localhost");
        var transport = new SocketSyslogTransport("127.0.0.1", receiver.port, SyslogTls.context(other.file("ca.pem")),
                5000);
        assertThrows(IOException.class, () -> transport.deliver(List.of(message(903))));
    }

    @Test
    void aReceiverReachedByANameItsCertificateDoesNotCarryIsRefused() throws Exception {
        var transport = new SocketSyslogTransport("127.0.0.2", receiver.port, SyslogTls.context(openssl.file("ca.pem")),
                5000);
        assertThrows(IOException.class, () -> transport.deliver(List.of(message(904))));
        assertEquals(false, receiver.sequences().contains(904L));
    }

    private static byte[] message(long sequence) {
        return ("<109>1 2026-11-25T14:30:01.000000Z it-console peering-console - TLS_TEST [audit@32473 seq=\""
                + sequence + "\"] \uFEFFover TLS").getBytes(StandardCharsets.UTF_8);
    }

    private static void certificates(Openssl openssl, String ca, String leaf, String san) throws Exception {
        openssl.run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                ca + ".key", "-out", ca + ".pem", "-days", "2", "-subj", "/CN=Syslog Test CA",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        openssl.run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                leaf + ".key", "-out", leaf + ".csr", "-subj", "/CN=localhost");
        openssl.write(leaf + ".ext", san + "\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                + "basicConstraints=CA:FALSE\n");
        openssl.run("x509", "-req", "-in", leaf + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key",
                "-CAcreateserial", "-out", leaf + ".pem", "-days", "2", "-sha256", "-extfile", leaf + ".ext");
    }
}
