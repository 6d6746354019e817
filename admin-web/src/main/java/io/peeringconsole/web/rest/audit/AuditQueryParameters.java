package io.peeringconsole.web.rest.audit;

import io.peeringconsole.audit.application.AuditFilter;
import io.peeringconsole.audit.application.AuditSort;
import io.peeringconsole.web.rest.problem.Problem;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The audit trail's filter as query parameters, shared by every endpoint that reads a filtered range. A malformed
 * value is a 400 naming the parameter and the form it needs; nothing is guessed.
 */
public class AuditQueryParameters {

    @QueryParam("q")
    String text;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("actor")
    String actor;
    /** Repeatable, or comma-separated: {@code action=LOGIN&action=LOGIN_FAILED}. */
    @QueryParam("action")
    List<String> actions;
    @QueryParam("targetType")
    String targetType;
    @QueryParam("targetId")
    String targetId;
    @QueryParam("domain")
    String domain;
    @QueryParam("outcome")
    String outcome;
    /** Exact text such as a keyed hash from {@code POST /audit/keyed-hashes}. */
    @QueryParam("containing")
    String containing;
    @QueryParam("sort")
    String sort;

    /** The filter these parameters ask for, within what the reader may see. */
    AuditFilter toFilter(Set<String> visibleDomains) {
        AuditSort order = parse("sort", () -> AuditSort.parse(sort));
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        AuditFilter filter = parse("targetId", () -> new AuditFilter(visibleDomains, text, targetType, targetId));
        AuditFilter inRange = parse("to", () -> filter.between(start, end));
        AuditFilter withOutcome = parse("outcome", () -> inRange.withOutcome(outcome));
        return withOutcome.byActor(actor).withActions(actionSet()).inDomain(domain).containing(containing)
                .sortedBy(order);
    }

    private Set<String> actionSet() {
        Set<String> names = new HashSet<>();
        if (actions != null) {
            actions.forEach(value -> names.addAll(List.of(value.split(","))));
        }
        return names;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw badRequest(name, "The parameter \"" + name + "\" must be a date and time with its offset, e.g."
                    + " 2026-11-25T14:30:00Z or 2026-11-25T15:30:00+01:00; \"" + value + "\" is not.");
        }
    }

    private static <T> T parse(String name, Supplier<T> parsing) {
        try {
            return parsing.get();
        } catch (IllegalArgumentException e) {
            throw badRequest(name, e.getMessage());
        }
    }

    static BadRequestException badRequest(String field, String detail) {
        return new BadRequestException(Problem.response(Response.Status.BAD_REQUEST, "Invalid query parameter", detail,
                field).build());
    }
}
