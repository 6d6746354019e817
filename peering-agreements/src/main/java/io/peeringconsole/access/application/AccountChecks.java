package io.peeringconsole.access.application;

import io.peeringconsole.rules.application.Flushing;
import io.peeringconsole.access.domain.Account;
import io.peeringconsole.registry.domain.DomainName;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The lookups and flush handling that account changes share. */
final class AccountChecks {

    private final EntityManager em;

    AccountChecks(EntityManager em) {
        this.em = em;
    }

    Optional<Account> byUsername(String lookupKey) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", lookupKey)
                .getResultStream()
                .findFirst();
    }

    void refuseTakenUsername(String username) {
        if (byUsername(username).isPresent()) {
            throw taken(username, null);
        }
    }

    /** The normal forms of {@code domains}, refusing any that is not a local domain of this console. */
    Set<String> existingLocalDomains(Set<String> domains) {
        Set<String> normalised = new TreeSet<>();
        for (String raw : domains) {
            normalised.add(DomainName.parse(raw, "localDomains").asString());
        }
        if (normalised.isEmpty()) {
            return normalised;
        }
        List<String> known = em.createQuery("select l.name from LocalDomain l where l.name in :names", String.class)
                .setParameter("names", normalised)
                .getResultList();
        Set<String> unknown = new TreeSet<>(normalised);
        unknown.removeAll(new HashSet<>(known));
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("localDomains", "Not a local domain of this console: "
                    + String.join(", ", unknown) + ". Add it under local domains first, or choose another.");
        }
        return normalised;
    }

    void flushing(String username, Runnable change) {
        Flushing.flush(em, new Flushing.Conflicts(
                "The account " + SafeText.quote(username) + " was changed by someone else at the same moment; reload"
                        + " and try again.",
                failure -> taken(username, failure),
                "A local domain chosen for " + SafeText.quote(username) + " was removed at the same moment; reload"
                        + " and choose again."), change);
    }

    private static ConflictException taken(String username, Throwable cause) {
        return new ConflictException("The user name " + SafeText.quote(username) + " is already taken; choose"
                + " another.", cause);
    }
}
