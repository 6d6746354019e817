package io.peeringconsole.access.domain;

import io.peeringconsole.audit.domain.Actor;
import java.util.Comparator;
import java.util.Set;

/**
 * The person behind a request, as far as rules and the audit trail care: who, with which roles, scoped to which
 * local domains, from where. Made by the account service at login; never stored.
 */
public record Operator(String username, Set<Role> roles, Set<String> localDomains, String sourceAddress) {

    public Operator {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        localDomains = localDomains == null ? Set.of() : Set.copyOf(localDomains);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when {@code domain} (normal form) is one of the local domains this operator is scoped to. */
    public boolean isScopedTo(String domain) {
        return domain != null && localDomains.contains(domain);
    }

    /** The audit trail's view of this operator, named by the most powerful role held. */
    public Actor actor() {
        return new Actor(username, highestRoleName(), sourceAddress);
    }

    private String highestRoleName() {
        return roles.stream().min(Comparator.naturalOrder()).map(Role::name).orElse("NONE");
    }
}
