package io.peeringconsole.gateway.domain;

import java.time.Duration;
import java.time.Instant;

/** How the fleet view judges a gateway: how far it lags behind its domain's newest serial, and whether it went quiet. */
public final class FleetRules {

    public static final Duration DEFAULT_SILENCE = Duration.ofSeconds(300);

    private FleetRules() {
    }

    /**
     * Serials between the newest published one and the one the gateway applied: 0 when it is current or nothing was
     * published, the newest serial itself when it never applied any.
     */
    public static long lag(Long newestSerial, Long appliedSerial) {
        if (newestSerial == null) {
            return 0;
        }
        return Math.max(0, newestSerial - (appliedSerial == null ? 0 : appliedSerial));
    }

    /**
     * Silent when not heard from for longer than {@code threshold}; a gateway never heard from counts from its
     * registration, so that a freshly registered one is not flagged before it had a chance to pull.
     */
    public static boolean silent(Instant lastSeenAt, Instant registeredAt, Instant now, Duration threshold) {
        Instant heard = lastSeenAt == null ? registeredAt : lastSeenAt;
        return heard.plus(threshold).isBefore(now);
    }

    /** A configured threshold, refused when it could not mean anything. */
    public static Duration silenceThreshold(long seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("peering.gateway.silence-threshold-seconds must be at least 1; "
                    + seconds + " is configured.");
        }
        return Duration.ofSeconds(seconds);
    }
}
