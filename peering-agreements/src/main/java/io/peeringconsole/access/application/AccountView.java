package io.peeringconsole.access.application;

import static io.peeringconsole.rules.application.AuditStates.put;

import io.peeringconsole.access.domain.Account;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.rules.application.AuditStates;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** An account as the UI and the REST API see it: everything but the password hash. */
public record AccountView(long id, String username, Set<Role> roles, Set<String> localDomains, boolean enabled,
        int failedAttempts, Instant lockedUntil, Instant lastLoginAt, long version, Instant createdAt) {

    public AccountView {
        roles = Set.copyOf(roles);
        localDomains = Set.copyOf(localDomains);
    }

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.username(), account.roles(), account.localDomains(),
                account.isEnabled(), account.failedAttempts(), account.lockedUntil(), account.lastLoginAt(),
                account.version(), account.createdAt());
    }

    /** The audit trail's state of this account; sorted so that equal states read alike. */
    String auditState() {
        var json = AuditStates.object()
                .add("id", id)
                .add("username", username)
                .add("roles", AuditStates.strings(new TreeSet<>(roles.stream().map(Role::name).toList())))
                .add("localDomains", AuditStates.strings(new TreeSet<>(localDomains)))
                .add("enabled", enabled);
        put(json, "lockedUntil", lockedUntil);
        return AuditStates.text(json);
    }
}
