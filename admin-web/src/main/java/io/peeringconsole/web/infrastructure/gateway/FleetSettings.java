package io.peeringconsole.web.infrastructure.gateway;

import io.peeringconsole.gateway.domain.FleetRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway settings: how long a gateway may stay quiet before the fleet flags it
 * ({@code peering.gateway.silence-threshold-seconds}), and how old a token may get before it is refused
 * ({@code peering.gateway.token-max-age-days}, 0 = tokens do not expire).
 */
@ApplicationScoped
public class FleetSettings {

    @Inject
    @ConfigProperty(name = "peering.gateway.silence-threshold-seconds", defaultValue = "300")
    long silenceSeconds;

    @Inject
    @ConfigProperty(name = "peering.gateway.token-max-age-days", defaultValue = "0")
    long tokenMaxAgeDays;

    public Duration silence() {
        return FleetRules.silenceThreshold(silenceSeconds);
    }

    public Duration tokenMaxAge() {
        if (tokenMaxAgeDays < 0) {
            throw new IllegalArgumentException("peering.gateway.token-max-age-days must be 0 (no expiry) or more; "
                    + tokenMaxAgeDays + " is configured.");
        }
        return Duration.ofDays(tokenMaxAgeDays);
    }
}
