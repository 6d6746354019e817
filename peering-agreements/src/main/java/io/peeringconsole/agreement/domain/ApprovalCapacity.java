package io.peeringconsole.agreement.domain;

/** In which capacity someone approved: for the local domain, or as the security officer trust-sensitive terms need. */
public enum ApprovalCapacity {
    /** An ADMIN, or a DOMAIN_ADMIN scoped to the agreement's local domain. */
    DOMAIN,
    /** A SECURITY_OFFICER, needed when the agreement's privacy sharing delegates policy to the peer. */
    SECURITY
}
