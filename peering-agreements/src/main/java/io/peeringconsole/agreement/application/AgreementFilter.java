package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.AgreementStatus;

/**
 * Narrows a list of agreements; each part is optional (null). An approval inbox is the filter on
 * {@link AgreementStatus#PENDING_APPROVAL}.
 */
public record AgreementFilter(String localDomain, AgreementStatus status, Long peerNetworkId) {

    public static AgreementFilter all() {
        return new AgreementFilter(null, null, null);
    }

    public static AgreementFilter withStatus(AgreementStatus status) {
        return new AgreementFilter(null, status, null);
    }
}
