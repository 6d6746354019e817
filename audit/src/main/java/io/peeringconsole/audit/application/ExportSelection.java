package io.peeringconsole.audit.application;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which entries an export holds: a reader's filter narrowed to a range of sequences and of time (each bound
 * inclusive, {@code null} for open).
 */
public record ExportSelection(AuditFilter filter, Long fromSequence, Long toSequence, Instant from, Instant to) {

    public ExportSelection {
        Objects.requireNonNull(filter, "filter");
        if (fromSequence != null && toSequence != null && fromSequence > toSequence) {
            throw new IllegalArgumentException("The export range starts at entry " + fromSequence
                    + " but ends at entry " + toSequence + ": swap them.");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The export period starts at " + from + " but ends at " + to
                    + ": swap them.");
        }
    }

    /** Every entry a reader with this filter sees. */
    public static ExportSelection of(AuditFilter filter) {
        return new ExportSelection(filter, null, null, null, null);
    }

    /** Entries {@code first} to {@code last}, unfiltered: what an archive file holds. */
    static ExportSelection sequences(long first, long last) {
        return new ExportSelection(AuditFilter.all(), first, last, null, null);
    }

    boolean selectsNothing() {
        return filter.showsNothing();
    }

    /** In words, for the export header and the audit entry that records the export. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(filter.visibleDomains() == null ? "all local domains"
                : "local domains " + String.join(", ", filter.visibleDomains().stream().sorted().toList()));
        if (filter.text() != null) {
            parts.add("text \"" + filter.text() + "\"");
        }
        if (filter.targetType() != null) {
            parts.add("target " + filter.targetType() + (filter.targetId() == null ? "" : " " + filter.targetId()));
        }
        if (filter.actor() != null) {
            parts.add("actor " + filter.actor());
        }
        if (!filter.actions().isEmpty()) {
            parts.add("actions " + String.join(", ", filter.actions().stream().sorted().toList()));
        }
        if (filter.localDomain() != null) {
            parts.add("local domain " + filter.localDomain());
        }
        if (filter.outcome() != null) {
            parts.add("outcome " + filter.outcome());
        }
        if (filter.from() != null || filter.to() != null) {
            parts.add("filtered from " + (filter.from() == null ? "the start" : filter.from()) + " to "
                    + (filter.to() == null ? "now" : filter.to()));
        }
        if (filter.containing() != null) {
            parts.add("entries containing a given value");
        }
        parts.add("entries " + (fromSequence == null ? "first" : fromSequence) + " to "
                + (toSequence == null ? "last" : toSequence));
        if (from != null || to != null) {
            parts.add("from " + (from == null ? "the start" : from) + " to " + (to == null ? "now" : to));
        }
        return String.join("; ", parts);
    }

    /**
     * The JPQL condition on {@code e}, starting with " where"; {@code e.sequence > :after} pages through it. The
     * reader's filter is the same {@link AuditFilterQuery} the trail view uses, so an export holds exactly the entries
     * the filtered view lists.
     */
    String where() {
        String filtered = new AuditFilterQuery(filter).where();
        StringBuilder where = new StringBuilder(" where e.sequence > :after");
        if (!filtered.isEmpty()) {
            where.append(" and ").append(filtered.substring(" where ".length()));
        }
        where.append(toSequence != null ? " and e.sequence <= :toSequence" : "");
        where.append(from != null ? " and e.occurredAt >= :exportFrom" : "");
        where.append(to != null ? " and e.occurredAt <= :exportTo" : "");
        return where.toString();
    }

    void bind(TypedQuery<?> query, long after) {
        query.setParameter("after", Math.max(after, fromSequence == null ? 0 : fromSequence - 1));
        new AuditFilterQuery(filter).bind(query);
        if (toSequence != null) {
            query.setParameter("toSequence", toSequence);
        }
        if (from != null) {
            query.setParameter("exportFrom", from);
        }
        if (to != null) {
            query.setParameter("exportTo", to);
        }
    }
}
