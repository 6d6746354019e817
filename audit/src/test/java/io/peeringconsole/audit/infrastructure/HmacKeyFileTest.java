package io.peeringconsole.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HmacKeyFileTest {

    @TempDir
    Path data;

    @Test
    void createsTheKeyOnceOwnerReadableOnlyAndReadsTheSameKeyAfterwards() throws Exception {
        Path keys = data.resolve("keys");
        byte[] first = HmacKeyFile.openOrCreate(keys);
        byte[] again = HmacKeyFile.openOrCreate(keys);

        assertEquals(32, first.length);
        assertArrayEquals(first, again);
        Path file = keys.resolve(HmacKeyFile.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var listing = Files.list(keys)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    @Test
    void twoDataDirectoriesGetDifferentKeys() {
        byte[] a = HmacKeyFile.openOrCreate(data.resolve("a"));
        byte[] b = HmacKeyFile.openOrCreate(data.resolve("b"));
        assertTrue(!java.util.Arrays.equals(a, b));
    }

    @Test
    void aDamagedKeyFileStopsWithAMessageRatherThanAWeakKey() throws Exception {
        Files.writeString(data.resolve(HmacKeyFile.FILE_NAME), "abcd");
        var refused = assertThrows(UncheckedIOException.class, () -> HmacKeyFile.openOrCreate(data));
        assertTrue(refused.getMessage().contains(HmacKeyFile.FILE_NAME), refused.getMessage());
        assertTrue(refused.getMessage().contains("64 hex digits"), refused.getMessage());
    }
}
