package io.peeringconsole.agreement.domain;

/** What a clearing house does for the networks that federate through it (RFC 5344 section 2.7). */
public enum HubService {
    /** The hub logs the traffic it relays, centrally. */
    CENTRAL_LOGGING,
    /** The hub is the point where lawful interception takes place for its members. */
    LAWFUL_INTERCEPTION_POINT,
    /** The hub hosts multi-party chat rooms for its members. */
    NWAY_CHAT_HOSTING
}
