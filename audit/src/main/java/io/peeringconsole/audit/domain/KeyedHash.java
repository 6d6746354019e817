package io.peeringconsole.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash that stands in for a sensitive value in the trail: {@code hmac-sha256:<64 hex digits>}. Without the
 * key, the stored text says nothing about the value, not even for short or guessable ones (a plain hash of a user
 * name could be reversed by trying names); with it, an officer who knows a value can find the entries that carry it.
 */
public final class KeyedHash {

    public static final String PREFIX = "hmac-sha256:";
    /** At least as long as the hash itself, as RFC 2104 recommends. */
    public static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public KeyedHash(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The key for sensitive audit fields needs at least " + MIN_KEY_BYTES
                    + " bytes.");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM);
    }

    /** The keyed hash of the value's UTF-8 bytes, exactly as given (no trimming, no case folding). */
    public String of(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java runtime provides HmacSHA256.", e);
        }
    }

    /** Whether the text has the form of a keyed hash (a stored sensitive value). */
    public static boolean isKeyedHash(String text) {
        return text != null && text.length() == PREFIX.length() + 64 && text.startsWith(PREFIX)
                && text.substring(PREFIX.length()).chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    @Override
    public String toString() {
        return "KeyedHash[HmacSHA256]";
    }
}
