package io.peeringconsole.gateway.domain;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import java.time.Instant;
import java.util.Set;

/** The people and the clock of the gateway tests. */
final class GatewayFixtures {

    static final String DOMAIN = "example.com";
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private GatewayFixtures() {
    }

    static Operator domainAdmin() {
        return new Operator("dora", Set.of(Role.DOMAIN_ADMIN), Set.of(DOMAIN), "192.0.2.20");
    }

    static Operator adminOfAnotherDomain() {
        return new Operator("olga", Set.of(Role.DOMAIN_ADMIN), Set.of("other.example"), "192.0.2.21");
    }

    static Operator securityOfficer() {
        return new Operator("sam", Set.of(Role.SECURITY_OFFICER), Set.of(), "192.0.2.22");
    }

    static Gateway gateway() {
        return Gateway.register(DOMAIN, "edge-1", GatewayCredential.issue(), domainAdmin(), T0);
    }
}
