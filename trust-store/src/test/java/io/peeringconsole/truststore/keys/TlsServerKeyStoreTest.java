package io.peeringconsole.truststore.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsServerKeyStoreTest {

    private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");

    @TempDir
    Path directory;

    private static X509Certificate certificateIn(TlsServerKeyStore keys) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys.file())) {
            store.load(in, keys.password());
        }
        assertTrue(store.isKeyEntry(keys.alias()), "the listener needs a key entry under " + keys.alias());
        return (X509Certificate) store.getCertificate(keys.alias());
    }

    private TlsServerKeyStore open(String hostName, Instant at) {
        return TlsServerKeyStore.openOrCreate(directory, hostName, Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void aServerCertificateForTheHostNameIsMadeOnceAndKept() throws Exception {
        X509Certificate first = certificateIn(open("console.example.com", NOW));
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), first.getExtendedKeyUsage());
        assertEquals(List.of(List.of(2, "console.example.com")), List.copyOf(first.getSubjectAlternativeNames()));
        assertEquals(first, certificateIn(open("console.example.com", NOW.plus(Duration.ofDays(100)))));
    }

    @Test
    void anotherHostNameOrTheLastMonthMakesANewOne() throws Exception {
        X509Certificate first = certificateIn(open("localhost", NOW));
        assertTrue(first.getSubjectAlternativeNames().contains(List.of(7, "127.0.0.1")));
        X509Certificate renamed = certificateIn(open("console.example.com", NOW));
        assertNotEquals(first, renamed);
        X509Certificate late = certificateIn(open("console.example.com", NOW.plus(Duration.ofDays(340))));
        assertNotEquals(renamed, late);
        assertTrue(late.getNotAfter().toInstant().isAfter(NOW.plus(Duration.ofDays(700))));
    }
}
