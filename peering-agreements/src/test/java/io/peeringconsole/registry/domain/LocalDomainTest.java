package io.peeringconsole.registry.domain;

import static io.peeringconsole.registry.domain.PeerNetworkTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalDomainTest {

    private static final Instant NOW = Instant.parse("2025-02-01T08:00:00Z");

    @Test
    void blankDisplayNameFallsBackToTheDomain() {
        LocalDomain domain = LocalDomain.register(DomainName.parse("Example.COM"), "  ", NOW);
        assertEquals("example.com", domain.name());
        assertEquals("example.com", domain.displayName());
        assertEquals(NOW, domain.createdAt());
    }

    @Test
    void renamesWithinTheRules() {
        LocalDomain domain = LocalDomain.register(DomainName.parse("example.com"), "Example", NOW);
        domain.rename(" Example Corp ");
        assertEquals("Example Corp", domain.displayName());
        assertRefused("displayName", "at most 200", () -> domain.rename("x".repeat(201)));
        assertRefused("displayName", "control characters", () -> domain.rename("a\u0007b"));
    }
}
