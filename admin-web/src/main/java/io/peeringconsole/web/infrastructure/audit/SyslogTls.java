package io.peeringconsole.web.infrastructure.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context for forwarding to a syslog receiver (RFC 5425): trusts the CA certificates in a PEM file, or the
 * Java runtime's trust store when none is given. The receiver's name is checked by the transport.
 */
public final class SyslogTls {

    private SyslogTls() {
    }

    /** @param trustedCa PEM file of CA certificates, or {@code null} for the runtime's default trust store */
    public static SSLContext context(Path trustedCa) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustedCa == null ? null : trustStore(trustedCa));
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The TLS settings for syslog forwarding cannot be used: " + e.getMessage()
                    + ". Check peering.audit.syslog.tls.trusted-ca (a PEM file of the CA certificates that sign the"
                    + " receiver's certificate).", e);
        }
    }

    private static KeyStore trustStore(Path pem) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("syslog-ca-" + i++, certificate);
            }
            if (i == 0) {
                throw new IOException(pem + " holds no certificate");
            }
        }
        return store;
    }
}
