package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;
import java.util.Map;

/**
 * The terms an agreement's author chooses: the grants in each direction, the TLS version of the peer channel and the
 * validity. Each part is checked on its own here; how they fit together is {@link ConsistencyRules}' question.
 */
public record AgreementTerms(ServiceGrant inbound, ServiceGrant outbound, TlsVersion tlsVersion, Validity validity) {

    public AgreementTerms {
        inbound = inbound == null ? ServiceGrant.none() : inbound;
        outbound = outbound == null ? ServiceGrant.none() : outbound;
        if (tlsVersion == null) {
            throw new RuleViolationException("tlsVersion", "Choose the TLS version the peer channel must use:"
                    + " TLS_1_2 or TLS_1_3.");
        }
        if (validity == null) {
            throw new RuleViolationException("validFrom", "Enter the date from which the agreement is valid.");
        }
    }

    public ServiceGrant grant(Direction direction) {
        return direction == Direction.INBOUND ? inbound : outbound;
    }

    public Map<Direction, ServiceGrant> grants() {
        return Map.of(Direction.INBOUND, inbound, Direction.OUTBOUND, outbound);
    }
}
