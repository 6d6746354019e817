package io.peeringconsole.web.rest.audit;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditFilter;
import io.peeringconsole.audit.application.AuditQueries;
import io.peeringconsole.audit.domain.ChainVerification;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.PageRepresentation;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit trail, read-only: {@code /api/v1/audit}. Domain administrators see their own domains only. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    private AuditQueries queries;

    @Inject
    private CurrentOperator operator;

    @GET
    public PageRepresentation<AuditEntryRepresentation> entries(@QueryParam("q") String text,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        Operator op = operator.get();
        AccessPolicy.requireCanReadAudit(op);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolationException("limit", "Use offset ≥ 0 and a limit from 1 to " + MAX_LIMIT + ".");
        }
        AuditFilter filter = new AuditFilter(AccessPolicy.visibleAuditDomains(op), text);
        var items = queries.page(filter, offset, limit).stream().map(AuditEntryRepresentation::of).toList();
        return new PageRepresentation<>(items, queries.count(filter), offset, limit);
    }

    @GET
    @Path("verification")
    public ChainVerification verify() {
        Operator op = operator.get();
        AccessPolicy.requireCanReadAudit(op);
        if (AccessPolicy.visibleAuditDomains(op) != null) {
            throw new AccessDeniedException(
                    "Verifying the whole trail is for administrators and security officers; domain administrators see their own domains' entries.");
        }
        return queries.verifyChain();
    }
}
