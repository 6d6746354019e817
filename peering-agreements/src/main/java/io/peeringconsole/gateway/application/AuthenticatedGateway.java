package io.peeringconsole.gateway.application;

import io.peeringconsole.audit.domain.Actor;

/** The gateway behind a request, once its token was accepted: all the API may rely on. */
public record AuthenticatedGateway(long id, String name, String localDomain, String sourceAddress) {

    public static final String ROLE = "GATEWAY";

    public Actor actor() {
        // The entry names the local domain, which together with the name identifies the gateway.
        return new Actor(name, ROLE, sourceAddress);
    }
}
