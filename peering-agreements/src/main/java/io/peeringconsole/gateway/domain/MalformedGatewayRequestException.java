package io.peeringconsole.gateway.domain;

import io.peeringconsole.rules.DomainException;

/**
 * A gateway request whose parameters cannot be understood at all (e.g. {@code wait=abc}): answered 400, unlike a
 * well-formed report that breaks a rule (422).
 */
public class MalformedGatewayRequestException extends DomainException {

    public MalformedGatewayRequestException(String message) {
        super(message);
    }
}
