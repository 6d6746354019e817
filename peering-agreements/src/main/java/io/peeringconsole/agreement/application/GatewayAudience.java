package io.peeringconsole.agreement.application;

import java.util.List;

/** The gateways of a local domain that would receive a change to its configuration, for impact previews. */
public interface GatewayAudience {

    /** Gateway names, in a stable order; empty when none is registered. */
    List<String> gatewaysOf(String localDomain);
}
