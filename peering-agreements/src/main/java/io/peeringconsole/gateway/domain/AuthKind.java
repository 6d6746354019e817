package io.peeringconsole.gateway.domain;

/**
 * How a gateway proves who it is, fixed at registration: a bearer token, or a client certificate issued by the
 * console's gateway CA and presented in the TLS handshake of the console's HTTPS listener.
 */
public enum AuthKind {
    BEARER_TOKEN,
    CLIENT_CERTIFICATE
}
