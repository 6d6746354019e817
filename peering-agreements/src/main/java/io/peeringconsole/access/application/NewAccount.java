package io.peeringconsole.access.application;

import io.peeringconsole.access.domain.Role;
import java.util.Set;

/** An account to open. The caller may clear {@code password} once the service has returned. */
public record NewAccount(String username, char[] password, Set<Role> roles, Set<String> localDomains) {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        localDomains = localDomains == null ? Set.of() : Set.copyOf(localDomains);
    }

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", roles=" + roles + ", localDomains=" + localDomains + "]";
    }
}
