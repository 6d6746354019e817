package io.peeringconsole.truststore.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import javax.crypto.spec.PBEParameterSpec;

/**
 * The PKCS#12 file. Keys are protected with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) and the file with an HMAC-SHA256
 * MAC, the algorithms OpenSSL 3 opens without its legacy provider, so an operator can inspect or back it up with
 * {@code openssl pkcs12}.
 */
final class Pkcs12File {

    private static final String KEY_PROTECTION = "PBEWithHmacSHA256AndAES_256";
    /** Slows guessing of an operator-chosen password; the generated one would not need it. */
    private static final int KEY_ITERATIONS = 100_000;

    private final Path file;
    private final char[] password;
    private final SecureRandom random;

    Pkcs12File(Path file, char[] password, SecureRandom random) {
        this.file = file;
        this.password = password.clone();
        this.random = random;
    }

    boolean exists() {
        return Files.exists(file);
    }

    Path path() {
        return file;
    }

    KeyStore load() {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException failure) {
            throw new ConsoleKeyStoreException("The console key store " + file + " cannot be opened: " + failure.getMessage()
                    + ". If the password is wrong, set PEERING_KEYSTORE_PASSWORD to the one it was created with.", failure);
        }
    }

    static KeyStore empty() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (IOException | GeneralSecurityException impossible) {
            throw new IllegalStateException("The platform lacks PKCS#12 support.", impossible);
        }
    }

    void putKey(KeyStore store, String alias, PrivateKey key, Certificate certificate) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password, KEY_PROTECTION,
                new PBEParameterSpec(salt, KEY_ITERATIONS));
        store.setEntry(alias, new KeyStore.PrivateKeyEntry(key, new Certificate[] {certificate}), protection);
    }

    PrivateKey key(KeyStore store, String alias) throws GeneralSecurityException {
        return (PrivateKey) store.getKey(alias, password);
    }

    void save(KeyStore store) {
        try {
            OwnerOnlyFiles.writeAtomically(file, temporary -> {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
            });
        } catch (IOException | GeneralSecurityException failure) {
            throw new ConsoleKeyStoreException("The console key store " + file + " cannot be written: " + failure.getMessage()
                    + ". Check the data directory's permissions and free space.", failure);
        }
    }
}
