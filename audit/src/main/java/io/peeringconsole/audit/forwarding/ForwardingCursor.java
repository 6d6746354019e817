package io.peeringconsole.audit.forwarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How far the trail has been forwarded: the sequence of the last entry the receiver confirmed, and how the last
 * attempts went. One row; it moves forward only.
 */
@Entity
@Table(name = "audit_forwarding_cursor")
public class ForwardingCursor {

    public static final long ID = 1L;
    static final int MAX_FAILURE = 500;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private long id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "last_failure", length = MAX_FAILURE)
    private String lastFailure;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    protected ForwardingCursor() {
        // for JPA
    }

    /** The receiver confirmed every entry up to {@code sequence}; an older confirmation never moves the cursor back. */
    public void confirmedUpTo(long sequence, Instant now) {
        lastSequence = Math.max(lastSequence, sequence);
        lastSuccessAt = now;
        consecutiveFailures = 0;
    }

    public void failed(String reason, Instant now) {
        String text = reason == null ? "unknown failure" : reason;
        lastFailure = text.length() > MAX_FAILURE ? text.substring(0, MAX_FAILURE - 1) + "\u2026" : text;
        lastFailureAt = now;
        consecutiveFailures++;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public String lastFailure() {
        return lastFailure;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }
}
