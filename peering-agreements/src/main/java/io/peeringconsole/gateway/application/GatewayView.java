package io.peeringconsole.gateway.application;

import io.peeringconsole.gateway.domain.AuthKind;
import io.peeringconsole.gateway.domain.FleetRules;
import io.peeringconsole.gateway.domain.Gateway;
import io.peeringconsole.rules.application.AuditStates;
import java.time.Duration;
import java.time.Instant;

/**
 * A gateway as the fleet view and the REST API see it: its registration and what it last reported, with the lag
 * behind its domain's newest serial and whether it has gone silent. Never carries its credential.
 *
 * @param newestSerial the newest serial published for its local domain, or null if none was
 * @param lag          serials between {@code newestSerial} and {@code appliedSerial}
 * @param silent       not heard from for longer than the configured threshold
 * @param credentialExpiresAt when a certificate gateway's current certificate ends; null for tokens
 */
public record GatewayView(long id, String localDomain, String name, AuthKind authKind, boolean enabled,
        String registeredBy, Instant registeredAt, Instant credentialIssuedAt, Instant lastSeenAt, Long appliedSerial,
        Instant appliedAt, Long rejectedSerial, String rejectionReason, Instant rejectedAt, long reportsRecorded,
        Long newestSerial, long lag, boolean silent, long version, Instant credentialExpiresAt) {

    static GatewayView of(Gateway g, Long newestSerial, Instant now, Duration silence) {
        return new GatewayView(g.id(), g.localDomain(), g.name(), g.authKind(), g.enabled(), g.registeredBy(),
                g.registeredAt(), g.credentialIssuedAt(), g.lastSeenAt(), g.appliedSerial(), g.appliedAt(),
                g.rejectedSerial(), g.rejectionReason(), g.rejectedAt(), g.reportsRecorded(), newestSerial,
                FleetRules.lag(newestSerial, g.appliedSerial()),
                FleetRules.silent(g.lastSeenAt(), g.registeredAt(), now, silence), g.version(),
                g.credentialExpiresAt());
    }

    /** What the audit trail keeps of a registration: who, where, which credential id (never its secret), until when. */
    static String auditState(Gateway g) {
        return AuditStates.text(AuditStates.put(AuditStates.object().add("id", g.id())
                .add("localDomain", g.localDomain()).add("name", g.name()).add("authKind", g.authKind().name())
                .add("enabled", g.enabled()).add("credentialId", g.credentialId()).add("version", g.version()),
                "credentialExpiresAt", g.credentialExpiresAt()));
    }
}
