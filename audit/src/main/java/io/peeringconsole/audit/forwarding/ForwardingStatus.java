package io.peeringconsole.audit.forwarding;

import java.time.Instant;

/**
 * Forwarding as the dashboard and the API show it.
 *
 * @param destination         {@code tcp://host:port}, {@code tls://host:port} or {@code off}
 * @param forwardedUpTo       the last sequence the receiver confirmed
 * @param head                the last sequence in the trail
 * @param lastSuccessAt       when the receiver last confirmed a batch, or {@code null}
 * @param lastFailureAt       when the last attempt failed, or {@code null}
 * @param lastFailure         why, or {@code null}
 * @param consecutiveFailures failed attempts since the last success
 */
public record ForwardingStatus(String destination, long forwardedUpTo, long head, Instant lastSuccessAt,
        Instant lastFailureAt, String lastFailure, int consecutiveFailures) {

    /** Entries recorded but not yet confirmed by the receiver. */
    public long backlog() {
        return Math.max(0, head - forwardedUpTo);
    }

    /** The receiver did not take the last attempt. */
    public boolean receiverDown() {
        return consecutiveFailures > 0;
    }

    public boolean enabled() {
        return !"off".equals(destination);
    }
}
