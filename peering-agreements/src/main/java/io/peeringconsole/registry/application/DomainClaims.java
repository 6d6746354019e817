package io.peeringconsole.registry.application;

import io.peeringconsole.rules.application.Flushing;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.SafeText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a domain with one peer network. Checked twice: by a query before the change, for a clear refusal, and by
 * the primary key of peer_domain at flush, for the race in which two people register the same domain at once;
 * both end in the same message naming the domain and its owner.
 */
final class DomainClaims {

    private final EntityManager em;
    private final CommittedDomainOwners committedOwners;
    private final Long claimant;

    /** {@code claimant} is the id of the peer network claiming the domains, or null for one being registered. */
    DomainClaims(EntityManager em, CommittedDomainOwners committedOwners, Long claimant) {
        this.em = em;
        this.committedOwners = committedOwners;
        this.claimant = claimant;
    }

    void refuseTaken(List<DomainName> domains) {
        ownedByOthers(new PeerQueries(em).ownersOf(names(domains))).ifPresent(owner -> {
            throw taken(owner);
        });
    }

    /** Runs {@code change} and flushes it, turning constraint failures into conflicts a person can act on. */
    void flushing(List<DomainName> domains, Runnable change) {
        Flushing.flush(em, new Flushing.Conflicts(
                "This peer network was changed by someone else while you were saving; reload and apply your change"
                        + " again.",
                failure -> raceLost(domains, failure),
                "This peer network is still referred to by other records (for example peering agreements or peers"
                        + " reached through it); remove those first."), change);
    }

    private ConflictException raceLost(List<DomainName> domains, PersistenceException failure) {
        return ownedByOthers(committedOwners.of(names(domains)))
                .map(this::taken)
                .orElseGet(() -> new ConflictException("One of the domains " + String.join(", ", names(domains))
                        + " was registered by someone else at the same moment; reload and try again.", failure));
    }

    private Optional<DomainOwner> ownedByOthers(List<DomainOwner> owners) {
        return owners.stream().filter(owner -> !Objects.equals(owner.peerNetworkId(), claimant)).findFirst();
    }

    private ConflictException taken(DomainOwner owner) {
        return new ConflictException("The domain " + owner.domain() + " is already registered to the peer network "
                + SafeText.quote(owner.displayName()) + " (id " + owner.peerNetworkId() + "). A domain belongs to"
                + " one peer network only: remove it there first, or edit that peer network instead.");
    }

    private static List<String> names(List<DomainName> domains) {
        return domains.stream().map(DomainName::asString).toList();
    }
}
