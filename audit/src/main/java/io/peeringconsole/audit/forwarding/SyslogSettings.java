package io.peeringconsole.audit.forwarding;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how the trail is forwarded. Forwarding is off unless a host is given.
 *
 * @param host            the receiver, or {@code null} for no forwarding
 * @param port            its TCP port
 * @param tls             RFC 5425 (TLS) rather than plain TCP
 * @param trustedCa       PEM file with the certificate(s) that may sign the receiver's certificate, or {@code null}
 *                        for the Java runtime's default trust store
 * @param hostname        the HOSTNAME field of each message
 * @param appName         the APP-NAME field
 * @param facility        the syslog facility, 0 to 23 (13 is "log audit")
 * @param batchSize       entries sent per connection
 * @param maxMessageBytes the longest message the receiver takes
 * @param timeout         for connecting and for the receiver to confirm a batch
 * @param interval        between forwarding rounds while the receiver is up
 * @param maxBackoff      the longest wait between attempts while the receiver is down
 * @param backlogAlert    a backlog above this many entries raises a dashboard alert
 */
public record SyslogSettings(String host, int port, boolean tls, Path trustedCa, String hostname, String appName,
        int facility, int batchSize, int maxMessageBytes, Duration timeout, Duration interval, Duration maxBackoff,
        long backlogAlert) {

    public SyslogSettings {
        host = host == null || host.isBlank() ? null : host.strip();
        if (host != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("peering.audit.syslog.port must be 1 to 65535, not " + port + ".");
        }
        if (facility < 0 || facility > 23) {
            throw new IllegalArgumentException("peering.audit.syslog.facility must be 0 to 23, not " + facility + ".");
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("peering.audit.syslog.batch-size must be 1 to 10000, not " + batchSize
                    + ".");
        }
        if (maxMessageBytes < SyslogMessage.MIN_MESSAGE_BYTES) {
            throw new IllegalArgumentException("peering.audit.syslog.max-message-bytes must be at least "
                    + SyslogMessage.MIN_MESSAGE_BYTES + " (RFC 5425), not " + maxMessageBytes + ".");
        }
        requirePositive(timeout, "timeout");
        requirePositive(interval, "interval");
        requirePositive(maxBackoff, "max-backoff");
    }

    /** No forwarding, with the defaults for everything else. */
    public static SyslogSettings off() {
        return new SyslogSettings(null, 514, false, null, "-", "peering-console", SyslogMessage.FACILITY_LOG_AUDIT, 500,
                8192, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMinutes(5), 1000);
    }

    public boolean enabled() {
        return host != null;
    }

    /** {@code tcp://host:port} or {@code tls://host:port}, for people. */
    public String destination() {
        return enabled() ? (tls ? "tls://" : "tcp://") + host + ":" + port : "off";
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("peering.audit.syslog." + name + " must be a positive duration such as"
                    + " PT10S, not " + value + ".");
        }
    }
}
