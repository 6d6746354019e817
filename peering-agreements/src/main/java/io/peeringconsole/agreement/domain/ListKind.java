package io.peeringconsole.agreement.domain;

/** The kinds of resource list a list-based subscription may target (RFC 5344 section 2.2). */
public enum ListKind {
    /** Created and maintained by a user: their watch list. */
    PERSONAL,
    /** Created and maintained by an administrator, e.g. a company's support group. */
    PUBLIC,
    /** Short-lived, made for one activity such as a conference. */
    AD_HOC
}
