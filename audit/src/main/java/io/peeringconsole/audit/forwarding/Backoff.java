package io.peeringconsole.audit.forwarding;

import java.time.Duration;

/**
 * How long to wait before the next attempt after failures in a row: the interval, doubled per failure, capped. A
 * receiver that is down for hours is asked a few times an hour, and one that returns is found within the cap.
 */
public record Backoff(Duration interval, Duration max) {

    public Duration after(int failuresInARow) {
        if (failuresInARow <= 0) {
            return interval;
        }
        int doublings = Math.min(failuresInARow, 30);
        long millis = interval.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
