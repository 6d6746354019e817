package io.peeringconsole.web.rest.audit;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.alert.Alert;
import io.peeringconsole.audit.alert.LastVerification;
import io.peeringconsole.audit.application.AuditFilter;
import io.peeringconsole.audit.application.AuditQueries;
import io.peeringconsole.audit.application.SensitiveValues;
import io.peeringconsole.audit.domain.ChainVerification;
import io.peeringconsole.rules.AccessDeniedException;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.infrastructure.audit.AuditWatch;
import io.peeringconsole.web.rest.PageRepresentation;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The audit trail: {@code /api/v1/audit} with its filters, keyed-hash look-ups for matching sensitive values, and the
 * forwarding status and alerts. Nothing here changes the trail. Domain administrators see their own domains only.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    private AuditQueries queries;

    @Inject
    private CurrentOperator operator;

    @Inject
    private SensitiveValues sensitiveValues;

    @Inject
    private AuditWatch watch;

    @Inject
    private LastVerification lastVerification;

    @GET
    public PageRepresentation<AuditEntryRepresentation> entries(@BeanParam AuditQueryParameters parameters,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        Operator op = operator.get();
        AccessPolicy.requireCanReadAudit(op);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolationException("limit", "Use offset ≥ 0 and a limit from 1 to " + MAX_LIMIT + ".");
        }
        AuditFilter filter = parameters.toFilter(AccessPolicy.visibleAuditDomains(op));
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
        // Through LastVerification, so that the dashboard's alert reflects a failure found over the API too.
        return lastVerification.run();
    }

    /**
     * The keyed hash the trail stores for a value (e.g. a user name typed at a failed login), to pass as
     * {@code containing}. Anyone who reads the trail may ask: the answer only finds entries they already see.
     */
    @POST
    @Path("keyed-hashes")
    @Consumes(MediaType.APPLICATION_JSON)
    public KeyedHashRepresentation keyedHash(SensitiveValueInput input) {
        Operator op = operator.get();
        AccessPolicy.requireCanReadAudit(op);
        if (input == null || input.value() == null || input.value().isEmpty()) {
            throw new RuleViolationException("value", "Give the value to look for in \"value\".");
        }
        return new KeyedHashRepresentation(sensitiveValues.lookUp(op.actor(), input.value()));
    }

    /** Syslog forwarding: settings and progress (backlog = head − forwardedUpTo). */
    @GET
    @Path("forwarding")
    public ForwardingRepresentation forwarding() {
        requireWholeTrail();
        return ForwardingRepresentation.of(watch.settings(), watch.forwarding());
    }

    /** The dashboard's alerts: repeated failed logins, a broken chain, forwarding down or behind. */
    @GET
    @Path("alerts")
    public List<Alert> alerts() {
        requireWholeTrail();
        return watch.alerts();
    }

    private void requireWholeTrail() {
        Operator op = operator.get();
        AccessPolicy.requireCanReadAudit(op);
        if (AccessPolicy.visibleAuditDomains(op) != null) {
            throw new AccessDeniedException("Forwarding and alerts cover the whole trail: they are for administrators"
                    + " and security officers.");
        }
    }
}
