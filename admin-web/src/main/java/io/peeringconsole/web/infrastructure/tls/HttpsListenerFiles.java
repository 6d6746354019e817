package io.peeringconsole.web.infrastructure.tls;

import io.peeringconsole.truststore.keys.TlsServerKeyStore;
import io.peeringconsole.web.infrastructure.keys.ConsoleKeysBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prepares what the HTTPS listener reads at its first handshake. Payara's pre-boot commands (bundled in the
 * uber-jar) point the listener's {@code ssl} element at the system properties below, because the files exist only
 * once the application has opened the console's keys, which happens after the server booted. Grizzly creates its
 * SSL context lazily, at the first handshake, so setting the properties during start-up is early enough; a handshake
 * before that fails and the next one succeeds.
 */
@ApplicationScoped
public class HttpsListenerFiles {

    static final String KEY_STORE = "peering.tls.listener.key-store";
    static final String KEY_STORE_PASSWORD = "peering.tls.listener.key-store-password";
    static final String KEY_ALIAS = "peering.tls.listener.key-alias";
    static final String TRUST_STORE = "peering.tls.listener.trust-store";
    static final String TRUST_STORE_PASSWORD = "peering.tls.listener.trust-store-password";
    /** Holds the gateway CA certificate only, so the listener asks for and accepts no other client certificates. */
    static final String TRUST_FILE = "gateway-ca-trust.p12";

    private static final Logger LOG = Logger.getLogger(HttpsListenerFiles.class.getName());

    @Inject
    ConsoleKeysBean keys;

    @Inject
    @ConfigProperty(name = "peering.data.dir")
    String dataDirectory;

    @Inject
    @ConfigProperty(name = "peering.tls.keystore")
    Optional<String> operatorKeyStore;

    @Inject
    @ConfigProperty(name = "peering.tls.keystore.password")
    Optional<String> operatorKeyStorePassword;

    @Inject
    @ConfigProperty(name = "peering.tls.key-alias")
    Optional<String> operatorKeyAlias;

    @Inject
    @ConfigProperty(name = "peering.tls.hostname", defaultValue = "localhost")
    String hostName;

    /** Writes the trust store and settles the server key; call after the console's keys were opened. */
    public void prepare() {
        Path keyDirectory = Path.of(dataDirectory).toAbsolutePath().resolve("keys");
        String trustPassword = randomPassword();
        Path trustFile = writeTrustStore(keyDirectory.resolve(TRUST_FILE), trustPassword.toCharArray());
        ServerKey server = operatorKeyStore.filter(path -> !path.isBlank()).map(this::operatorKey)
                .orElseGet(() -> selfSigned(keyDirectory));
        System.setProperty(KEY_STORE, server.file().toString());
        System.setProperty(KEY_STORE_PASSWORD, server.password());
        System.setProperty(KEY_ALIAS, server.alias());
        System.setProperty(TRUST_STORE, trustFile.toString());
        System.setProperty(TRUST_STORE_PASSWORD, trustPassword);
        LOG.info(() -> "HTTPS listener: server key " + server.file() + " (" + server.alias() + "); client"
                + " certificates accepted from the gateway CA only (" + trustFile + ")");
    }

    private Path writeTrustStore(Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(keys.gatewayCa().certificate().der()));
            store.setCertificateEntry("gateway-ca", ca);
            // Written beside and moved over, so that a handshake never reads half a file.
            Path temporary = Files.createTempFile(file.getParent(), "gateway-ca-trust", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
                return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write the HTTPS listener's trust store " + file
                    + "; check the data directory's permissions and free space.", failure);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("The platform cannot write a PKCS#12 trust store", impossible);
        }
    }

    private ServerKey operatorKey(String path) {
        Path file = Path.of(path).toAbsolutePath();
        String password = operatorKeyStorePassword.orElse("");
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            String alias = operatorKeyAlias.filter(a -> !a.isBlank()).orElseGet(() -> firstKeyAlias(store, file));
            if (!store.isKeyEntry(alias)) {
                throw new IllegalStateException("PEERING_TLS_KEYSTORE " + file + " holds no key under the alias '"
                        + alias + "'; set PEERING_TLS_KEY_ALIAS to the alias of the server key.");
            }
            return new ServerKey(file, password, alias);
        } catch (IOException | GeneralSecurityException failure) {
            throw new IllegalStateException("PEERING_TLS_KEYSTORE " + file + " cannot be opened: "
                    + failure.getMessage() + ". It must be a PKCS#12 file with the server key and its chain, and"
                    + " PEERING_TLS_KEYSTORE_PASSWORD its password.", failure);
        }
    }

    private static String firstKeyAlias(KeyStore store, Path file) {
        try {
            return Collections.list(store.aliases()).stream().filter(alias -> isKey(store, alias)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("PEERING_TLS_KEYSTORE " + file + " holds no"
                            + " private key; export the server key with its certificate chain into it."));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("A loaded key store lists its aliases", impossible);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException impossible) {
            return false;
        }
    }

    private ServerKey selfSigned(Path keyDirectory) {
        TlsServerKeyStore made = TlsServerKeyStore.openOrCreate(keyDirectory, hostName.strip(), Clock.systemUTC());
        LOG.warning(() -> "HTTPS listener: using a self-signed certificate for " + hostName + " (" + made.file()
                + "). Set PEERING_TLS_KEYSTORE to a certificate your gateways trust for production.");
        return new ServerKey(made.file(), new String(made.password()), made.alias());
    }

    private static String randomPassword() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private record ServerKey(Path file, String password, String alias) {

        @Override
        public String toString() {
            return "ServerKey[" + file + ", " + alias + "]";
        }
    }
}
