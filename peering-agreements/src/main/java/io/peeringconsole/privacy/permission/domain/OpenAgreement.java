package io.peeringconsole.privacy.permission.domain;

import io.peeringconsole.agreement.domain.AgreementStatus;

/** The agreement of a pair that is submitted or in force, as the delegation rule needs to know it. */
public record OpenAgreement(long id, AgreementStatus status) {

    /** Submitted, active or suspended: approved (or being approved) under the terms that were current then. */
    public boolean isApprovedOrPending() {
        return status == AgreementStatus.PENDING_APPROVAL || status == AgreementStatus.ACTIVE
                || status == AgreementStatus.SUSPENDED;
    }
}
