package io.peeringconsole.gateway.application;

import io.peeringconsole.agreement.application.GatewayAudience;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;

/** The gateways that would receive a change to a local domain: its enabled, registered ones (replaces the stand-in). */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class RegisteredGateways implements GatewayAudience {

    @Inject
    GatewayFleet fleet;

    @Override
    public List<String> gatewaysOf(String localDomain) {
        return fleet.enabledGatewaysOf(localDomain);
    }
}
