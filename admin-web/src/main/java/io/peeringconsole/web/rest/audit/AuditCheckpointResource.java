package io.peeringconsole.web.rest.audit;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditCheckpoints;
import io.peeringconsole.audit.application.AuditRefusedException;
import io.peeringconsole.audit.domain.AuditCheckpoint;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.PageRepresentation;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Signed checkpoints of the audit chain: {@code /api/v1/audit/checkpoints}. */
@Path("audit/checkpoints")
@Produces(MediaType.APPLICATION_JSON)
public class AuditCheckpointResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    private AuditCheckpoints checkpoints;

    @Inject
    private CurrentOperator operator;

    @GET
    public PageRepresentation<CheckpointRepresentation> list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        AccessPolicy.requireCanGuardAuditTrail(operator.get());
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolationException("limit", "Use offset ≥ 0 and a limit from 1 to " + MAX_LIMIT + ".");
        }
        var items = checkpoints.page(offset, limit).stream().map(CheckpointRepresentation::of).toList();
        return new PageRepresentation<>(items, checkpoints.count(), offset, limit);
    }

    /** Signs the chain head now; the checkpoint is recorded in the trail by the entry that follows it. */
    @POST
    public Response create() {
        Operator op = operator.get();
        AccessPolicy.requireCanGuardAuditTrail(op);
        try {
            AuditCheckpoint created = checkpoints.create(op.actor());
            return Response.status(Response.Status.CREATED).entity(CheckpointRepresentation.of(created)).build();
        } catch (AuditRefusedException e) {
            throw new ConflictException(e.getMessage(), e);
        }
    }
}
