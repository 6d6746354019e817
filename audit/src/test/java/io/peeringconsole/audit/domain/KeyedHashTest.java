package io.peeringconsole.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyedHashTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void agreesWithOpensslOverTheValuesUtf8Bytes() {
        // printf 'bj\xc3\xb6rn' | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef
        KeyedHash hash = new KeyedHash(KEY);
        assertEquals("hmac-sha256:433deb45467e4e53dbaba594c88bc3a200f705a2150788c3d11e6040e63e8510", hash.of("alice"));
        assertEquals("hmac-sha256:feaa6b284d8cc6214b5497c9f996470f33cf959a5d1f3055f9bf2b02cb3f5ed6", hash.of("bj\u00f6rn"));
        assertTrue(KeyedHash.isKeyedHash(hash.of("alice")));
    }

    @Test
    void differsByValueAndByKeyAndDoesNotContainTheValue() {
        KeyedHash hash = new KeyedHash(KEY);
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        assertNotEquals(hash.of("alice"), hash.of("alice "), "values are hashed exactly as given");
        assertNotEquals(hash.of("alice"), new KeyedHash(otherKey).of("alice"));
        assertFalse(hash.of("correct horse battery staple").contains("horse"));
    }

    @Test
    void refusesShortKeysAndKnowsItsOwnForm() {
        assertThrows(IllegalArgumentException.class, () -> new KeyedHash(new byte[31]));
        assertFalse(KeyedHash.isKeyedHash("hmac-sha256:xyz"));
        assertFalse(KeyedHash.isKeyedHash("alice"));
        assertFalse(KeyedHash.isKeyedHash(null));
    }

    @Test
    void theKeyDoesNotLeakThroughToString() {
        assertFalse(new KeyedHash(KEY).toString().contains("0123"));
    }
}
