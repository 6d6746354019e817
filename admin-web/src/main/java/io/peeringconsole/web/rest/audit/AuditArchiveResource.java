package io.peeringconsole.web.rest.audit;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditArchiver;
import io.peeringconsole.audit.application.AuditRefusedException;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /api/v1/audit/archives?olderThanDays=N}: moves entries older than N days (default
 * {@code peering.audit.retention-days}) into a signed file under {@code $PEERING_DATA_DIR/audit-archive/}.
 */
@jakarta.ws.rs.Path("audit/archives")
@Produces(MediaType.APPLICATION_JSON)
public class AuditArchiveResource {

    @Inject
    private AuditArchiver archiver;

    @Inject
    private CurrentOperator operator;

    @Inject
    @ConfigProperty(name = "peering.audit.retention-days")
    Optional<Integer> retentionDays;

    @Inject
    @ConfigProperty(name = "peering.data.dir")
    String dataDirectory;

    @POST
    public ArchiveRepresentation archive(@QueryParam("olderThanDays") Integer olderThanDays) {
        Operator op = operator.get();
        AccessPolicy.requireCanGuardAuditTrail(op);
        int days = Optional.ofNullable(olderThanDays).or(() -> retentionDays).orElseThrow(() ->
                new RuleViolationException("olderThanDays", "Retention is off: pass olderThanDays, or set"
                        + " peering.audit.retention-days (PEERING_AUDIT_RETENTION_DAYS)."));
        if (days < 1) {
            throw new RuleViolationException("olderThanDays", "Keep at least one day of entries: use 1 or more.");
        }
        Instant cutoff = Instant.now().minus(Duration.ofDays(days));
        java.nio.file.Path directory = java.nio.file.Path.of(dataDirectory).toAbsolutePath().resolve("audit-archive");
        try {
            return archiver.archiveOlderThan(op.actor(), cutoff, directory).map(ArchiveRepresentation::of)
                    .orElseGet(() -> ArchiveRepresentation.nothing(cutoff));
        } catch (AuditRefusedException e) {
            throw new ConflictException(e.getMessage(), e);
        }
    }
}
