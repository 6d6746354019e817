package io.peeringconsole.web.rest.audit;

import io.peeringconsole.audit.forwarding.ForwardingStatus;
import io.peeringconsole.audit.forwarding.SyslogSettings;
import java.time.Instant;

/** Syslog forwarding: its settings (read-only, from the configuration) and how far it has got. */
public record ForwardingRepresentation(boolean enabled, String destination, boolean tls, String hostname,
        String appName, int facility, int batchSize, int maxMessageBytes, long forwardedUpTo, long head, long backlog,
        Instant lastSuccessAt, Instant lastFailureAt, String lastFailure, int consecutiveFailures) {

    static ForwardingRepresentation of(SyslogSettings s, ForwardingStatus f) {
        return new ForwardingRepresentation(s.enabled(), s.destination(), s.tls(), s.hostname(), s.appName(),
                s.facility(), s.batchSize(), s.maxMessageBytes(), f.forwardedUpTo(), f.head(), f.backlog(),
                f.lastSuccessAt(), f.lastFailureAt(), f.lastFailure(), f.consecutiveFailures());
    }
}
