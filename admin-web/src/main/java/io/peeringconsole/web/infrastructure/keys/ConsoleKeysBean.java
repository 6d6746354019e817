package io.peeringconsole.web.infrastructure.keys;

import io.peeringconsole.trust.application.ConsoleKeys;
import io.peeringconsole.truststore.keys.ConsoleKeyStore;
import io.peeringconsole.truststore.keys.GatewayCertificateAuthority;
import io.peeringconsole.truststore.keys.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's own keys, in an encrypted PKCS#12 file under the data directory: opened once, created on first
 * start. The password comes from {@code PEERING_KEYSTORE_PASSWORD}; without it, one is generated and kept in a
 * file only the console's user can read.
 */
@ApplicationScoped
public class ConsoleKeysBean implements ConsoleKeys {

    @Inject
    @ConfigProperty(name = "peering.data.dir")
    String dataDirectory;

    @Inject
    @ConfigProperty(name = "peering.keystore.password")
    Optional<String> keystorePassword;

    private volatile ConsoleKeyStore keyStore;

    /** Opens (or creates) the key store; called at start-up so that a broken key store stops the console early. */
    public synchronized ConsoleKeyStore keyStore() {
        if (keyStore == null) {
            char[] password = keystorePassword.filter(p -> !p.isBlank()).map(String::toCharArray).orElse(null);
            keyStore = ConsoleKeyStore.openOrCreate(Path.of(dataDirectory).toAbsolutePath().resolve("keys"), password,
                    Clock.systemUTC());
        }
        return keyStore;
    }

    @Override
    public GatewayCertificateAuthority gatewayCa() {
        return keyStore().gatewayCa();
    }

    @Override
    public SigningKeys signingKeys() {
        return keyStore().signingKeys();
    }

    @Override
    public String gatewayCaPem() {
        return gatewayCa().certificate().pem();
    }
}
