package io.peeringconsole.gateway.application;

import io.peeringconsole.gateway.domain.Gateway;
import io.peeringconsole.gateway.domain.GatewayCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The database half of gateway authentication, in its own bean so that {@link GatewayTokens#authenticate} can answer
 * a recently accepted token without starting a transaction.
 */
@ApplicationScoped
public class TokenChecks {

    @PersistenceContext(unitName = "peering")
    EntityManager em;

    /**
     * Checks {@code token} against the gateway it names; writes "last seen" at most once per
     * {@link Gateway#SEEN_RESOLUTION}, so that frequent pulls cost a read, not a write.
     */
    @Transactional
    public Optional<AcceptedTokens.Accepted> check(String token, Duration tokenMaxAge, Instant now) {
        Optional<GatewayCredential.Presented> presented = GatewayCredential.parse(token);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        Optional<Gateway> found = em.createQuery("select g from Gateway g where g.credentialId = :id", Gateway.class)
                .setParameter("id", presented.get().credentialId()).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().accepts(presented.get(), now, tokenMaxAge)) {
            return Optional.empty();
        }
        Gateway gateway = found.get();
        if (gateway.seenLongerAgoThan(now, Gateway.SEEN_RESOLUTION)) {
            // A bulk update: last-seen is bookkeeping, it must not bump the version an administrator edits against.
            em.createQuery("update Gateway g set g.lastSeenAt = :now where g.id = :id")
                    .setParameter("now", now).setParameter("id", gateway.id()).executeUpdate();
        }
        return Optional.of(AcceptedTokens.Accepted.at(now, gateway.id(), gateway.name(), gateway.localDomain(),
                gateway.credentialIssuedAt()));
    }
}
