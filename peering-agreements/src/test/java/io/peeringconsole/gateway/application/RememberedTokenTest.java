package io.peeringconsole.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * {@link GatewayTokens#authenticateRemembered}, what the gateway API's fast path asks: it answers only what
 * {@link GatewayTokens#authenticate} accepted moments ago, and never reads the database. The service is built
 * without its database half ({@code tokenChecks} stays null), so any attempt to read would fail these tests.
 */
class RememberedTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");
    private static final Duration NO_LIMIT = Duration.ZERO;
    private static final String TOKEN = "pcg.a1b2.secret";

    private final GatewayTokens service = serviceAt(NOW);

    private static GatewayTokens serviceAt(Instant instant) {
        GatewayTokens service = new GatewayTokens();
        service.clock = Clock.fixed(instant, ZoneOffset.UTC);
        return service;
    }

    /** What authenticate() keeps after the database accepted the token. */
    private void accepted(Instant issuedAt) {
        service.acceptedTokens.remember(TOKEN, service.acceptedTokens.generation(),
                AcceptedTokens.Accepted.at(NOW, 42, "edge-7", "example.com", issuedAt));
    }

    @Test
    void aTokenAcceptedMomentsAgoIsTheGatewayWithThisRequestsAddress() {
        accepted(NOW.minus(Duration.ofDays(3)));
        AuthenticatedGateway gateway = service.authenticateRemembered(TOKEN, "192.0.2.9", NO_LIMIT).orElseThrow();
        assertEquals(new AuthenticatedGateway(42, "edge-7", "example.com", "192.0.2.9"), gateway);
    }

    @Test
    void aTokenNotInMemoryIsLeftToTheFullCheckWithoutReadingTheDatabase() {
        assertTrue(service.authenticateRemembered(TOKEN, "192.0.2.9", NO_LIMIT).isEmpty());
        accepted(NOW);
        assertTrue(service.authenticateRemembered(TOKEN + "x", "192.0.2.9", NO_LIMIT).isEmpty(), "another token");
        assertTrue(service.authenticateRemembered("Bearer " + TOKEN, "192.0.2.9", NO_LIMIT).isEmpty(),
                "the header, not the token");
    }

    @Test
    void theMemoryLastsTheTimeToLiveOnly() {
        accepted(NOW);
        service.clock = Clock.fixed(NOW.plus(AcceptedTokens.TIME_TO_LIVE).minusMillis(1), ZoneOffset.UTC);
        assertTrue(service.authenticateRemembered(TOKEN, "192.0.2.9", NO_LIMIT).isPresent());
        service.clock = Clock.fixed(NOW.plus(AcceptedTokens.TIME_TO_LIVE), ZoneOffset.UTC);
        assertTrue(service.authenticateRemembered(TOKEN, "192.0.2.9", NO_LIMIT).isEmpty());
    }

    @Test
    void aChangeToAnyGatewayForgetsTheTokenAtOnce() {
        accepted(NOW);
        service.gatewayChanged(new GatewayService.GatewayChanged(1));
        assertTrue(service.authenticateRemembered(TOKEN, "192.0.2.9", NO_LIMIT).isEmpty());
    }

    @Test
    void aTokenPastTheMaximumAgeIsNotAnsweredFromMemory() {
        Duration maxAge = Duration.ofDays(90);
        accepted(NOW.minus(maxAge));
        assertTrue(service.authenticateRemembered(TOKEN, "192.0.2.9", maxAge).isEmpty());
    }
}
