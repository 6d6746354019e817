package io.peeringconsole.truststore.validation;

/**
 * The roles a peer's certificate must serve. Server-to-server federation needs both: the peer presents the same
 * certificate when it accepts a connection (server) and when it opens one (client).
 */
public enum TlsRole {
    SERVER, CLIENT
}
