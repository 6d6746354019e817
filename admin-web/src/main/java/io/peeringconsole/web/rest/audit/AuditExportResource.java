package io.peeringconsole.web.rest.audit;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.audit.application.AuditExporter;
import io.peeringconsole.audit.application.AuditFilter;
import io.peeringconsole.audit.application.ExportSelection;
import io.peeringconsole.audit.export.ExportFormat;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.web.rest.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * {@code GET /api/v1/audit/export?format=csv|jsonl}: a filtered range of the trail as a file that verifies offline.
 * Streams page by page, so an export of millions of entries never sits in memory.
 */
@Path("audit/export")
public class AuditExportResource {

    @Inject
    private AuditExporter exporter;

    @Inject
    private CurrentOperator operator;

    @GET
    public Response export(@QueryParam("format") @DefaultValue("jsonl") String format,
            @QueryParam("q") String text, @QueryParam("domain") String domain,
            @QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
            @QueryParam("fromSequence") Long fromSequence, @QueryParam("toSequence") Long toSequence,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Operator op = operator.get();
        AccessPolicy.requireCanGuardAuditTrail(op);
        ExportFormat chosen = parseFormat(format);
        ExportSelection selection;
        try {
            AuditFilter filter = new AuditFilter(domain == null || domain.isBlank() ? null : Set.of(domain.strip()),
                    text, targetType, targetId);
            selection = new ExportSelection(filter, fromSequence, toSequence, instant("from", from), instant("to", to));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(null, e.getMessage());
        }
        exporter.recordExport(op.actor(), selection, chosen);
        StreamingOutput body = out -> exporter.write(selection, chosen, out, written -> { });
        String name = "audit-export-" + Instant.now().toString().replace(":", "") + "." + chosen.extension();
        return Response.ok(body, chosen.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static ExportFormat parseFormat(String format) {
        try {
            return ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("format", e.getMessage());
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(field, "\"" + value + "\" is not an instant: write it like"
                    + " 2026-01-31T23:59:59Z.");
        }
    }
}
