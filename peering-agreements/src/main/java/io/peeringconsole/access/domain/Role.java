package io.peeringconsole.access.domain;

/** What an operator may do; declared from the most to the least powerful, which is how an audit entry names it. */
public enum Role {
    /** Runs the console: accounts, local domains, and everything a domain administrator does, for every domain. */
    ADMIN,
    /** Registers peers and administers the agreements of the local domains in their scope. */
    DOMAIN_ADMIN,
    /** Approves trust-sensitive changes and reviews the audit trail; changes no registry data. */
    SECURITY_OFFICER
}
