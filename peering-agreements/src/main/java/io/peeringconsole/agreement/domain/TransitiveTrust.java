package io.peeringconsole.agreement.domain;

/**
 * Whether we accept the identities a clearing house asserts for its members (RFC 5344 section 2.7) or insist on each
 * member's own certificate or pin. Requiring the members' own evidence is the default: accepting the hub's word means
 * a compromised hub can speak for every member.
 */
public enum TransitiveTrust {
    REQUIRE_MEMBER_CERTIFICATES,
    ACCEPT_HUB_ASSERTED_IDENTITIES
}
