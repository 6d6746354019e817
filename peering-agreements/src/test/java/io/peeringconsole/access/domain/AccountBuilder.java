package io.peeringconsole.access.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Test accounts: an enabled ADMIN named "alice" unless told otherwise. The hash is opaque to the domain. */
public final class AccountBuilder {

    public static final Instant OPENED_AT = Instant.parse("2025-03-01T09:00:00Z");

    private String username = "alice";
    private Set<Role> roles = Set.of(Role.ADMIN);
    private final Set<String> localDomains = new HashSet<>();

    private AccountBuilder() {
    }

    public static AccountBuilder anAccount() {
        return new AccountBuilder();
    }

    public AccountBuilder named(String name) {
        this.username = name;
        return this;
    }

    public AccountBuilder withRoles(Role... newRoles) {
        this.roles = Set.of(newRoles);
        return this;
    }

    public AccountBuilder scopedTo(String... domains) {
        localDomains.addAll(Set.of(domains));
        return this;
    }

    public Account build() {
        return Account.open(username, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", roles, localDomains,
                OPENED_AT);
    }
}
