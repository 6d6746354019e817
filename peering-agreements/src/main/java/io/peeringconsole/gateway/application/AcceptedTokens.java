package io.peeringconsole.gateway.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tokens accepted in the last {@link #TIME_TO_LIVE}, so that a gateway polling many times a second costs one database
 * read per interval rather than one per request. Keyed by the SHA-256 of the whole token, so that neither the token
 * nor its secret is held in memory. Any change to any gateway's credential or state forgets everything: on this node
 * a rotated, disabled or removed token stops working the moment that change commits (see {@link #forgetAll}); another
 * node of a cluster keeps accepting it for at most the time to live.
 *
 * <p>A database read that began before a change and finishes after it must not put the old answer back: each read
 * takes a {@link #generation()} first, and {@link #remember} drops what was read in an older generation.
 */
public final class AcceptedTokens {

    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(2);
    /** Bounds the memory a flood of distinct valid tokens could take; beyond it, entries are simply not kept. */
    static final int MAX_ENTRIES = 100_000;

    /**
     * What a database check accepted, kept until {@code until}; the request's source address is added per request.
     */
    record Accepted(long gatewayId, String name, String localDomain, Instant credentialIssuedAt, Instant until) {

        static Accepted at(Instant now, long gatewayId, String name, String localDomain, Instant credentialIssuedAt) {
            return new Accepted(gatewayId, name, localDomain, credentialIssuedAt, now.plus(TIME_TO_LIVE));
        }
    }

    private final Map<String, Accepted> byTokenHash = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** Take this before reading the database, and hand it to {@link #remember}. */
    long generation() {
        return generation.get();
    }

    /** The acceptance of {@code token} still valid at {@code now} for a token younger than {@code maxAge}, if any. */
    Optional<Accepted> find(String token, Instant now, Duration maxAge) {
        String key = hash(token);
        Accepted accepted = byTokenHash.get(key);
        if (accepted == null) {
            return Optional.empty();
        }
        boolean tokenExpired = !maxAge.isZero() && !accepted.credentialIssuedAt().plus(maxAge).isAfter(now);
        if (!accepted.until().isAfter(now) || tokenExpired) {
            byTokenHash.remove(key, accepted);
            return Optional.empty();
        }
        return Optional.of(accepted);
    }

    /** Keeps an acceptance read from the database in generation {@code readIn}, unless a change happened since. */
    void remember(String token, long readIn, Accepted accepted) {
        if (generation.get() != readIn || byTokenHash.size() >= MAX_ENTRIES) {
            return;
        }
        String key = hash(token);
        byTokenHash.put(key, accepted);
        if (generation.get() != readIn) {
            // forgetAll ran between the check and the put: take back what may be stale.
            byTokenHash.remove(key, accepted);
        }
    }

    /** Forgets every acceptance; called when a gateway changes and again when that change commits or rolls back. */
    void forgetAll() {
        generation.incrementAndGet();
        byTokenHash.clear();
    }

    int size() {
        return byTokenHash.size();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
