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
        parts.add("entries " + (fromSequence == null ? "first" : fromSequence) + " to "
                + (toSequence == null ? "last" : toSequence));
        if (from != null || to != null) {
            parts.add("from " + (from == null ? "the start" : from) + " to " + (to == null ? "now" : to));
        }
        return String.join("; ", parts);
    }

    /** The JPQL condition on {@code e}, starting with " where"; {@code e.sequence > :after} pages through it. */
    String where() {
        StringBuilder where = new StringBuilder(" where e.sequence > :after");
        if (filter.visibleDomains() != null) {
            where.append(" and e.localDomain in :domains");
        }
        if (filter.text() != null) {
            where.append(" and (lower(e.action) like :text escape '!' or lower(e.actorName) like :text escape '!'"
                    + " or lower(e.targetType) like :text escape '!' or lower(e.targetId) like :text escape '!')");
        }
        if (filter.targetType() != null) {
            where.append(" and e.targetType = :targetType");
        }
        if (filter.targetId() != null) {
            where.append(" and e.targetId = :targetId");
        }
        where.append(toSequence != null ? " and e.sequence <= :toSequence" : "");
        where.append(from != null ? " and e.occurredAt >= :from" : "");
        where.append(to != null ? " and e.occurredAt <= :to" : "");
        return where.toString();
    }

    void bind(TypedQuery<?> query, long after) {
        query.setParameter("after", Math.max(after, fromSequence == null ? 0 : fromSequence - 1));
        if (filter.visibleDomains() != null) {
            query.setParameter("domains", filter.visibleDomains());
        }
        if (filter.text() != null) {
            query.setParameter("text", filter.likePattern());
        }
        if (filter.targetType() != null) {
            query.setParameter("targetType", filter.targetType());
        }
        if (filter.targetId() != null) {
            query.setParameter("targetId", filter.targetId());
        }
        if (toSequence != null) {
            query.setParameter("toSequence", toSequence);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
    }
}
