package io.peeringconsole.gateway.domain;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a gateway's GET of its snapshot is answered, decided from what is published now and what the gateway says it
 * holds: the serial named by {@code ?after=}, or else the content hash named by {@code If-None-Match}.
 *
 * @param ifNoneMatch the header as sent, or null
 * @param after       the serial the gateway holds, if it said so
 * @param waitAtMost  how long it is willing to wait for a newer serial, if at all
 */
public record SnapshotRequest(String ifNoneMatch, Optional<Long> after, Optional<Duration> waitAtMost) {

    /** What is published now for the gateway's domain. */
    public record Current(long serial, String contentHash) {
    }

    /** The answer: serve the current snapshot, say it is unchanged, wait for a newer serial, or say none exists. */
    public sealed interface Answer {
    }

    public record Serve() implements Answer {
    }

    public record NotModified() implements Answer {
    }

    public record NothingPublished() implements Answer {
    }

    /** Hold the request until a serial above {@code afterSerial} is published, for at most {@code atMost}. */
    public record Wait(long afterSerial, Duration atMost) implements Answer {
    }

    public Answer answer(Optional<Current> current) {
        Optional<Long> held = after.isPresent() ? after
                : current.filter(c -> namesHash(c.contentHash())).map(Current::serial);
        boolean newer = current.isPresent() && held.map(serial -> current.get().serial() > serial).orElse(true);
        if (newer) {
            return new Serve();
        }
        if (waitAtMost.isPresent()) {
            return new Wait(held.orElse(0L), waitAtMost.get());
        }
        return current.isPresent() ? new NotModified() : new NothingPublished();
    }

    /**
     * The answer once a wait ended without a snapshot being handed over (it ran out): judged again on what is
     * published now, so that a publish racing the timeout is served rather than hidden behind a 304.
     */
    public Answer afterWaiting(Optional<Current> current) {
        return new SnapshotRequest(ifNoneMatch, after, Optional.empty()).answer(current);
    }

    /** Whether If-None-Match names this hash, quoted or not, weak or strong, alone, in a list, or as {@code *}. */
    boolean namesHash(String contentHash) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.replace("\"", ""))
                .anyMatch(tag -> tag.equals("*") || tag.equalsIgnoreCase(contentHash));
    }
}
