package io.peeringconsole.agreement.domain;

import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import java.util.Set;

/** The people of the agreement tests; the local domain is {@link AgreementBuilder#LOCAL_DOMAIN}. */
public final class Operators {

    private Operators() {
    }

    /** Drafts and submits: a DOMAIN_ADMIN of the local domain. */
    public static Operator paula() {
        return domainAdmin("paula", AgreementBuilder.LOCAL_DOMAIN);
    }

    /** Approves: another DOMAIN_ADMIN of the local domain. */
    public static Operator arthur() {
        return domainAdmin("arthur", AgreementBuilder.LOCAL_DOMAIN);
    }

    /** An ADMIN: entitled for every local domain. */
    public static Operator alice() {
        return new Operator("alice", Set.of(Role.ADMIN), Set.of(), "192.0.2.10");
    }

    /** A DOMAIN_ADMIN of another local domain only. */
    public static Operator olga() {
        return domainAdmin("olga", "other.example");
    }

    public static Operator sam() {
        return new Operator("sam", Set.of(Role.SECURITY_OFFICER), Set.of(), "192.0.2.12");
    }

    /** Holds both ADMIN and SECURITY_OFFICER: still one pair of eyes. */
    public static Operator bea() {
        return new Operator("bea", Set.of(Role.ADMIN, Role.SECURITY_OFFICER), Set.of(), "192.0.2.14");
    }

    public static Operator domainAdmin(String name, String... domains) {
        return new Operator(name, Set.of(Role.DOMAIN_ADMIN), Set.of(domains), "192.0.2.20");
    }
}
