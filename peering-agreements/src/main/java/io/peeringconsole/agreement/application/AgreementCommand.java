package io.peeringconsole.agreement.application;

import io.peeringconsole.agreement.domain.AgreementTerms;
import java.util.Objects;

/**
 * A new agreement as a form or the API submits it: between which local domain and which peer network, through which
 * clearing house (null for a direct route), on which terms.
 */
public record AgreementCommand(String localDomain, long peerNetworkId, Long clearingHouseId, AgreementTerms terms) {

    public AgreementCommand {
        Objects.requireNonNull(terms, "An agreement command carries terms.");
    }
}
