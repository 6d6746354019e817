package io.peeringconsole.web.rest.access;

import io.peeringconsole.access.application.AccountView;
import java.util.Set;
import java.util.TreeSet;

/** A console account; never carries its password or hash. */
public record AccountRepresentation(long id, String username, Set<String> roles, Set<String> localDomains,
        boolean enabled) {

    static AccountRepresentation of(AccountView view) {
        Set<String> roles = new TreeSet<>();
        view.roles().forEach(r -> roles.add(r.name()));
        return new AccountRepresentation(view.id(), view.username(), roles, new TreeSet<>(view.localDomains()),
                view.enabled());
    }
}
