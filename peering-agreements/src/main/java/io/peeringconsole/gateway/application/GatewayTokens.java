package io.peeringconsole.gateway.application;

import io.peeringconsole.gateway.application.GatewayService.GatewayChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which gateway a bearer token belongs to, asked by the gateway API on every pull. A token accepted moments ago is
 * answered from {@link AcceptedTokens} with no transaction at all (a JTA transaction costs more than the rest of a
 * 304); otherwise {@link TokenChecks} reads it from the database. Any change to any gateway empties the memory.
 */
@ApplicationScoped
public class GatewayTokens {

    @Inject
    TokenChecks tokenChecks;

    Clock clock = Clock.systemUTC();

    final AcceptedTokens acceptedTokens = new AcceptedTokens();

    /**
     * The gateway holding {@code token}, if the token is its current one, younger than {@code tokenMaxAge} (zero: no
     * limit) and the gateway is enabled.
     */
    public Optional<AuthenticatedGateway> authenticate(String token, String sourceAddress, Duration tokenMaxAge) {
        Optional<AuthenticatedGateway> remembered = authenticateRemembered(token, sourceAddress, tokenMaxAge);
        if (remembered.isPresent()) {
            return remembered;
        }
        // Taken before the read: a change committing after this point makes remember() drop what is read.
        long generation = acceptedTokens.generation();
        Optional<AcceptedTokens.Accepted> checked = tokenChecks.check(token, tokenMaxAge, now());
        checked.ifPresent(accepted -> acceptedTokens.remember(token, generation, accepted));
        return checked.map(accepted -> authenticated(accepted, sourceAddress));
    }

    /**
     * The gateway holding {@code token} if {@link #authenticate} accepted it within {@link AcceptedTokens#TIME_TO_LIVE}
     * and nothing about any gateway changed since; empty otherwise, without reading the database. For the gateway
     * API's fast path, which leaves every other case to {@link #authenticate}.
     */
    public Optional<AuthenticatedGateway> authenticateRemembered(String token, String sourceAddress,
            Duration tokenMaxAge) {
        return acceptedTokens.find(token, now(), tokenMaxAge).map(accepted -> authenticated(accepted, sourceAddress));
    }

    /** Forgets every accepted token at once, as a gateway changes: its old token must not work a moment longer. */
    void forgetAll() {
        acceptedTokens.forgetAll();
    }

    /** Once a change to a gateway commits (or rolls back), what was read before it is forgotten as well. */
    void gatewayChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) GatewayChanged event) {
        acceptedTokens.forgetAll();
    }

    private static AuthenticatedGateway authenticated(AcceptedTokens.Accepted accepted, String sourceAddress) {
        return new AuthenticatedGateway(accepted.gatewayId(), accepted.name(), accepted.localDomain(), sourceAddress);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
