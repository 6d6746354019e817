package io.peeringconsole.web.rest.gateway;

import io.peeringconsole.gateway.application.AuthenticatedGateway;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated gateway of the current request, set by {@link GatewayAuthenticationFilter}. */
@RequestScoped
public class CurrentGateway {

    private AuthenticatedGateway gateway;

    void set(AuthenticatedGateway gateway) {
        this.gateway = gateway;
    }

    public AuthenticatedGateway get() {
        if (gateway == null) {
            throw new IllegalStateException("No gateway is authenticated for this request");
        }
        return gateway;
    }
}
