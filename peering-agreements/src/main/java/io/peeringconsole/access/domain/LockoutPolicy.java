package io.peeringconsole.access.domain;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long. */
public record LockoutPolicy(int maxConsecutiveFailures, Duration lockDuration) {

    /** Five failures in a row lock the account for fifteen minutes. */
    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxConsecutiveFailures < 1 || lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("A lockout needs at least one failure and a positive duration.");
        }
    }
}
