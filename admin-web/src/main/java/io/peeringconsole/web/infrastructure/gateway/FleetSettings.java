package io.peeringconsole.web.infrastructure.gateway;

import io.peeringconsole.gateway.domain.FleetRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long a gateway may stay quiet before the fleet flags it: {@code peering.gateway.silence-threshold-seconds}. */
@ApplicationScoped
public class FleetSettings {

    @Inject
    @ConfigProperty(name = "peering.gateway.silence-threshold-seconds", defaultValue = "300")
    long silenceSeconds;

    public Duration silence() {
        return FleetRules.silenceThreshold(silenceSeconds);
    }
}
