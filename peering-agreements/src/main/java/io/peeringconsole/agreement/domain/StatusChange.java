package io.peeringconsole.agreement.domain;

import io.peeringconsole.access.domain.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** The latest change of an agreement's status: to what, by whom, when and, for refusals and endings, why. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 32, nullable = false)
    private AgreementStatus status;

    @Column(name = "status_reason", length = StatusReason.MAX_LENGTH)
    private String reason;

    @Column(name = "status_changed_by", length = Username.MAX_LENGTH, nullable = false)
    private String changedBy;

    @Column(name = "status_changed_at", nullable = false)
    private Instant changedAt;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(AgreementStatus status, String changedBy, String reason, Instant changedAt) {
        this.status = Objects.requireNonNull(status);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.reason = reason;
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public AgreementStatus status() {
        return status;
    }

    /** Why the agreement was rejected, suspended, terminated or expired; null for the other changes. */
    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
