package io.peeringconsole.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** One approval given to a pending agreement: who, in which capacity, when. Immutable once made. */
@Embeddable
public class Approval {

    @Column(name = "approver", length = 64, nullable = false)
    private String approver;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity", length = 16, nullable = false)
    private ApprovalCapacity capacity;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    protected Approval() {
        // for JPA
    }

    Approval(String approver, ApprovalCapacity capacity, Instant approvedAt) {
        this.approver = Objects.requireNonNull(approver);
        this.capacity = Objects.requireNonNull(capacity);
        this.approvedAt = Objects.requireNonNull(approvedAt);
    }

    public String approver() {
        return approver;
    }

    public ApprovalCapacity capacity() {
        return capacity;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
