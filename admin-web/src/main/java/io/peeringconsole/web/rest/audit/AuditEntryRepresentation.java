package io.peeringconsole.web.rest.audit;

import io.peeringconsole.audit.domain.AuditEntry;
import java.time.Instant;

/** One audit entry, with the hashes that chain it to its predecessor. */
public record AuditEntryRepresentation(long sequence, Instant occurredAt, String actor, String role,
        String sourceAddress, String action, String targetType, String targetId, String localDomain, String outcome,
        String before, String after, String previousHash, String entryHash) {

    static AuditEntryRepresentation of(AuditEntry e) {
        return new AuditEntryRepresentation(e.sequence(), e.occurredAt(), e.actorName(), e.actorRole(),
                e.sourceAddress(), e.action(), e.targetType(), e.targetId(), e.localDomain(), e.outcome(),
                e.beforeState(), e.afterState(), e.previousHash(), e.entryHash());
    }
}
