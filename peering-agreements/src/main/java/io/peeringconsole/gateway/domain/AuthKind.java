package io.peeringconsole.gateway.domain;

/**
 * How a gateway proves who it is. Only bearer tokens for now: client certificates from the gateway CA need TLS client
 * authentication in front of the console, which a forwarded header cannot replace safely.
 */
public enum AuthKind {
    BEARER_TOKEN
}
