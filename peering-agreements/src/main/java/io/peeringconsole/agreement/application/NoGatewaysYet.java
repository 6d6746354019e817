package io.peeringconsole.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Until gateways are registered (C7) no gateway receives anything. Replace it by giving the C7-backed
 * {@link GatewayAudience} {@code @Alternative @Priority(...)}.
 */
@ApplicationScoped
public class NoGatewaysYet implements GatewayAudience {

    @Override
    public List<String> gatewaysOf(String localDomain) {
        return List.of();
    }
}
