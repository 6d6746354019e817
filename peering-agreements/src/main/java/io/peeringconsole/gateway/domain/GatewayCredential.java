package io.peeringconsole.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A gateway's bearer token, {@code pcg.<credential id>.<secret>}: the id (96 random bits) finds the gateway without
 * touching the secret, the secret (256 random bits) proves it. Only the SHA-256 of the secret is stored. A plain hash
 * is enough, and a slow password hash would be wrong here: 256 random bits cannot be guessed or looked up in a
 * dictionary, so stretching adds no protection, while every pull (thousands a second) must verify the token.
 */
public final class GatewayCredential {

    public static final String PREFIX = "pcg.";
    private static final int ID_BYTES = 12;
    private static final int SECRET_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("pcg\\.([A-Za-z0-9_-]{16})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private GatewayCredential() {
    }

    /** A freshly issued token: {@code token} is shown once, {@code secretHash} is what is stored. */
    public record Issued(String credentialId, String secretHash, String token) {

        @Override
        public String toString() {
            return "Issued[credentialId=" + credentialId + "]";
        }
    }

    /** A token as a client presented it, split into its parts. */
    public record Presented(String credentialId, String secret) {

        @Override
        public String toString() {
            return "Presented[credentialId=" + credentialId + "]";
        }
    }

    public static Issued issue() {
        String id = random(ID_BYTES);
        String secret = random(SECRET_BYTES);
        return new Issued(id, hash(secret), PREFIX + id + "." + secret);
    }

    /** The parts of a token of the right shape; empty for anything else, which no gateway could hold. */
    public static Optional<Presented> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var match = SHAPE.matcher(token.strip());
        return match.matches() ? Optional.of(new Presented(match.group(1), match.group(2))) : Optional.empty();
    }

    /** Compares in constant time, so the answer time says nothing about how much of the secret was right. */
    public static boolean matches(Presented presented, String storedHash) {
        byte[] expected = HexFormat.of().parseHex(storedHash);
        byte[] actual = HexFormat.of().parseHex(hash(presented.secret()));
        return MessageDigest.isEqual(expected, actual);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
