package io.peeringconsole.access.domain;

import java.util.EnumSet;
import java.util.Set;

/** Test operators: {@code anAdmin()}, {@code aDomainAdminOf("example.com")}, ... */
public final class OperatorBuilder {

    private OperatorBuilder() {
    }

    public static Operator anAdmin() {
        return new Operator("alice", Set.of(Role.ADMIN), Set.of(), "192.0.2.10");
    }

    public static Operator aDomainAdminOf(String... domains) {
        return new Operator("dora", Set.of(Role.DOMAIN_ADMIN), Set.of(domains), "192.0.2.11");
    }

    public static Operator aSecurityOfficer() {
        return new Operator("sam", Set.of(Role.SECURITY_OFFICER), Set.of(), "192.0.2.12");
    }

    public static Operator withoutRoles() {
        return new Operator("nobody", EnumSet.noneOf(Role.class), Set.of(), "192.0.2.13");
    }
}
