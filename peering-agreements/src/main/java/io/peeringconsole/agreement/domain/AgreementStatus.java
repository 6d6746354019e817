package io.peeringconsole.agreement.domain;

/** Where an agreement is in its life; see {@link Lifecycle} for the moves between them. */
public enum AgreementStatus {
    /** Being written; only a draft can be revised. */
    DRAFT,
    /** Submitted, waiting for the approvals it needs. */
    PENDING_APPROVAL,
    /** In force: gateways enforce it. */
    ACTIVE,
    /** Temporarily not enforced; can be resumed. */
    SUSPENDED,
    /** Ended by a person; final. */
    TERMINATED,
    /** Ended because its validity ran out; final. */
    EXPIRED;

    public boolean isFinal() {
        return this == TERMINATED || this == EXPIRED;
    }
}
