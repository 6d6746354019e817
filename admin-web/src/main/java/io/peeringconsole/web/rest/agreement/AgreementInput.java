package io.peeringconsole.web.rest.agreement;

import io.peeringconsole.agreement.application.AgreementCommand;
import io.peeringconsole.agreement.domain.AgreementTerms;
import io.peeringconsole.agreement.domain.TlsVersion;
import io.peeringconsole.agreement.domain.Validity;
import io.peeringconsole.rules.RuleViolationException;

/**
 * What a client sends to draft an agreement, or to revise a draft ({@code version} then, unless sent as If-Match;
 * the local domain and peer network of a draft do not change). Dates are ISO instants or dates (midnight UTC).
 */
public record AgreementInput(String localDomain, Long peerNetworkId, Long clearingHouseId, GrantInput inbound,
        GrantInput outbound, String tlsVersion, String validFrom, String validUntil, Long version) {

    AgreementCommand toCommand() {
        if (peerNetworkId == null) {
            throw new RuleViolationException("peerNetworkId", "Choose the peer network the agreement binds.");
        }
        return new AgreementCommand(localDomain, peerNetworkId, clearingHouseId, toTerms());
    }

    AgreementTerms toTerms() {
        return new AgreementTerms(inbound == null ? null : inbound.toGrant("inbound"),
                outbound == null ? null : outbound.toGrant("outbound"),
                Choices.required(TlsVersion.class, tlsVersion, "tlsVersion"),
                new Validity(Choices.instant(validFrom, "validFrom"), Choices.instant(validUntil, "validUntil")));
    }

    static AgreementInput required(AgreementInput input) {
        if (input == null) {
            throw new RuleViolationException(null, "Send the agreement as a JSON body.");
        }
        return input;
    }
}
