package io.peeringconsole.audit.infrastructure;

import io.peeringconsole.audit.domain.KeyedHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The key for sensitive audit fields, in a file of its own ({@value #FILE_NAME}, 64 hex digits) that only the
 * console's user may read. Generated once from {@link SecureRandom}; losing it means stored keyed hashes can no
 * longer be matched, so it belongs in the same backup as the console's key store.
 */
public final class HmacKeyFile {

    public static final String FILE_NAME = "audit-hmac.key";
    private static final int KEY_BYTES = KeyedHash.MIN_KEY_BYTES;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private HmacKeyFile() {
    }

    /** Reads the key from {@code directory}, creating directory and key on first use. */
    public static byte[] openOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            if (!Files.exists(file)) {
                create(file);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The key for sensitive audit fields could not be read or created at "
                    + file + ": " + e.getMessage() + ". Check that the data directory is writable by the console.", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".new", ownerOnly());
        try {
            Files.writeString(temporary, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
            // A hard link appears complete or not at all and never replaces: a start racing this one keeps its key.
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raced) {
            // another start created it first: theirs is the key
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static byte[] read(Path file) throws IOException {
        String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            byte[] key = HexFormat.of().parseHex(hex);
            if (key.length >= KEY_BYTES) {
                return key;
            }
        } catch (IllegalArgumentException notHex) {
            // reported below
        }
        throw new IOException("the file must hold at least " + KEY_BYTES * 2 + " hex digits and nothing else");
    }

    private static FileAttribute<?>[] ownerOnly() {
        boolean posix = Files.getFileAttributeView(Path.of("."), java.nio.file.attribute.PosixFileAttributeView.class)
                != null;
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }
}
