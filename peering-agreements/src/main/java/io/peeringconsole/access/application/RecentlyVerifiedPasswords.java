package io.peeringconsole.access.application;

import io.peeringconsole.access.domain.Username;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * User names and passwords that passed the slow password hash moments ago, so that an API client sending the same
 * HTTP Basic credentials with every request pays that hash once a minute, not once per request (about 80 ms each:
 * a script of 10,000 calls would spend 13 minutes on it, and the CPU would be easy to exhaust).
 * <p>
 * Only a keyed hash (HMAC-SHA256 under a random key that never leaves this process) of name and password is kept,
 * never the password, and only after the full check succeeded: a wrong password never matches and always takes the
 * full check, with its failure count and lockout. Each entry names the stored password hash it was checked against,
 * so a changed password ends it at once, on every node, because the caller compares it with the account as read
 * now; a disabled or locked account is refused by the caller's own checks as before.
 */
final class RecentlyVerifiedPasswords {

    private record Verified(String passwordHash, Instant until) {
    }

    private final Duration lifetime;
    private final int capacity;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    RecentlyVerifiedPasswords(Duration lifetime, int capacity) {
        this.lifetime = lifetime;
        this.capacity = capacity;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether {@code password} of {@code username} was verified against {@code passwordHash} less than a lifetime ago. */
    boolean holds(String username, char[] password, String passwordHash, Instant now) {
        String entry = keyOf(username, password);
        Verified found = verified.get(entry);
        if (found == null) {
            return false;
        }
        if (!found.until().isAfter(now)) {
            verified.remove(entry, found);
            return false;
        }
        return found.passwordHash().equals(passwordHash);
    }

    /** Remembers a successful full check. When full, the memory starts again empty: it is only a shortcut. */
    void remember(String username, char[] password, String passwordHash, Instant now) {
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(keyOf(username, password), new Verified(passwordHash, now.plus(lifetime)));
    }

    private String keyOf(String username, char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] secret = new byte[encoded.remaining()];
        encoded.get(secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(Username.lookupKey(username).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(secret));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        } finally {
            Arrays.fill(secret, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
