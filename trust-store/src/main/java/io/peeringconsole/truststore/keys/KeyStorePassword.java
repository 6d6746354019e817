package io.peeringconsole.truststore.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key store password: the operator's when given, otherwise one generated on first start and kept beside the key
 * store in a file only the owner can read. A password file that others can read is refused rather than trusted.
 */
final class KeyStorePassword {

    static final String FILE_NAME = "console-keys.password";

    private KeyStorePassword() {
    }

    static char[] resolve(Path directory, char[] given, SecureRandom random) {
        if (given != null && given.length > 0) {
            return given.clone();
        }
        return readOrGenerate(directory.resolve(FILE_NAME), random);
    }

    /** The password kept in {@code file}, generated (and written owner-readable only) if the file does not exist. */
    static char[] readOrGenerate(Path file, SecureRandom random) {
        try {
            return Files.exists(file) ? read(file) : generate(file, random);
        } catch (IOException | GeneralSecurityException failure) {
            throw new ConsoleKeyStoreException("The key store password file " + file + " cannot be read or written: "
                    + failure.getMessage() + ". Check the data directory's ownership and free space.", failure);
        }
    }

    private static char[] read(Path file) throws IOException {
        if (OwnerOnlyFiles.readableByOthers(file)) {
            throw new ConsoleKeyStoreException("The key store password file " + file
                    + " is readable by other users; restrict it with 'chmod 600 " + file + "' and restart.");
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new ConsoleKeyStoreException("The key store password file " + file + " is empty; restore it from backup.");
        }
        return password.toCharArray();
    }

    private static char[] generate(Path file, SecureRandom random) throws IOException, GeneralSecurityException {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OwnerOnlyFiles.writeAtomically(file, temporary -> Files.writeString(temporary, password + "\n", StandardCharsets.US_ASCII));
        return password.toCharArray();
    }
}
