package io.peeringconsole.truststore.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;

/**
 * The console's keys in {@code console-keys.p12} under a directory: created with a fresh signing key and gateway CA
 * on first start, opened afterwards. The password is the caller's (from {@code PEERING_KEYSTORE_PASSWORD}); without
 * one, a generated password is kept in {@code console-keys.password}, readable only by the owner.
 */
public final class ConsoleKeyStore {

    public static final String FILE_NAME = "console-keys.p12";
    static final String CA_ALIAS = "gateway-ca";

    private final Pkcs12File file;
    private final SigningKeys signingKeys;
    private final GatewayCertificateAuthority gatewayCa;

    private ConsoleKeyStore(Pkcs12File file, KeyStore store, Clock clock, SecureRandom random) throws GeneralSecurityException {
        this.file = file;
        this.signingKeys = new SigningKeys(file, store, clock, random);
        if (!store.isKeyEntry(CA_ALIAS)) {
            throw new ConsoleKeyStoreException("The console key store " + file.path() + " holds no gateway CA key.");
        }
        X509Certificate caCertificate = (X509Certificate) store.getCertificate(CA_ALIAS);
        this.gatewayCa = new GatewayCertificateAuthority(file.key(store, CA_ALIAS), caCertificate, clock, random);
    }

    /**
     * Opens the key store in {@code directory}, creating directory, keys and (without a password) the password file
     * on first use.
     *
     * @param password the operator's password, or null or empty to use the generated one
     * @throws ConsoleKeyStoreException when the file cannot be read, written or decrypted
     */
    public static ConsoleKeyStore openOrCreate(Path directory, char[] password, Clock clock) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(clock, "clock");
        SecureRandom random = new SecureRandom();
        try {
            Files.createDirectories(directory);
            Pkcs12File file = new Pkcs12File(directory.resolve(FILE_NAME), KeyStorePassword.resolve(directory, password, random), random);
            KeyStore store = file.exists() ? file.load() : create(file, clock, random);
            return new ConsoleKeyStore(file, store, clock, random);
        } catch (IOException | GeneralSecurityException | ClassCastException failure) {
            throw new ConsoleKeyStoreException("The console key store in " + directory + " is unusable: " + failure.getMessage()
                    + ". Restore it from backup, or move it away to start with new keys.", failure);
        }
    }

    private static KeyStore create(Pkcs12File file, Clock clock, SecureRandom random) throws GeneralSecurityException {
        KeyStore store = Pkcs12File.empty();
        SelfSignedCertificates certificates = new SelfSignedCertificates(random);
        KeyPair caKey = certificates.newEcKey();
        file.putKey(store, CA_ALIAS, caKey.getPrivate(), certificates.caCertificate(caKey, clock.instant()));
        SigningKeys.addNewKey(file, store, certificates, clock.instant());
        file.save(store);
        return store;
    }

    /** The signing key for configuration snapshots and audit checkpoints, with its retired predecessors. */
    public SigningKeys signingKeys() {
        return signingKeys;
    }

    /** The CA that issues gateway client certificates. */
    public GatewayCertificateAuthority gatewayCa() {
        return gatewayCa;
    }

    /** The PKCS#12 file, e.g. for backup instructions. */
    public Path file() {
        return file.path();
    }
}
