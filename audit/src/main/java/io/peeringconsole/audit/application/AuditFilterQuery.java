package io.peeringconsole.audit.application;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An {@link AuditFilter} as a JPQL where clause and its parameters. Exact criteria (time range, actor, action,
 * target, domain, outcome) each have an index, so they narrow cheaply at millions of rows; the free text and the
 * value match use LIKE with a leading wildcard, which scans what the exact criteria leave.
 */
final class AuditFilterQuery {

    private static final String TEXT_MATCH = "(lower(e.action) like :text escape '!'"
            + " or lower(e.actorName) like :text escape '!'"
            + " or lower(e.targetType) like :text escape '!'"
            + " or lower(e.targetId) like :text escape '!')";

    private static final String CONTAINING_MATCH = "(e.actorName = :containingExact"
            + " or e.targetId = :containingExact"
            + " or e.beforeState like :containing escape '!'"
            + " or e.afterState like :containing escape '!')";

    private final List<String> conditions = new ArrayList<>();
    private final List<Consumer<TypedQuery<?>>> bindings = new ArrayList<>();
    private final AuditFilter filter;

    AuditFilterQuery(AuditFilter filter) {
        this.filter = filter;
        if (filter.visibleDomains() != null) {
            add("e.localDomain in :domains", q -> q.setParameter("domains", filter.visibleDomains()));
        }
        if (filter.text() != null) {
            add(TEXT_MATCH, q -> q.setParameter("text", filter.likePattern()));
        }
        if (filter.targetType() != null) {
            add("e.targetType = :targetType", q -> q.setParameter("targetType", filter.targetType()));
        }
        if (filter.targetId() != null) {
            add("e.targetId = :targetId", q -> q.setParameter("targetId", filter.targetId()));
        }
        if (filter.from() != null) {
            add("e.occurredAt >= :from", q -> q.setParameter("from", filter.from()));
        }
        if (filter.to() != null) {
            add("e.occurredAt < :to", q -> q.setParameter("to", filter.to()));
        }
        if (filter.actor() != null) {
            add("e.actorName = :actor", q -> q.setParameter("actor", filter.actor()));
        }
        if (!filter.actions().isEmpty()) {
            add("e.action in :actions", q -> q.setParameter("actions", filter.actions()));
        }
        if (filter.localDomain() != null) {
            add("e.localDomain = :localDomain", q -> q.setParameter("localDomain", filter.localDomain()));
        }
        if (filter.outcome() != null) {
            add("e.outcome = :outcome", q -> q.setParameter("outcome", filter.outcome()));
        }
        if (filter.containing() != null) {
            add(CONTAINING_MATCH, q -> q.setParameter("containingExact", filter.containing())
                    .setParameter("containing", filter.containingPattern()));
        }
    }

    private void add(String condition, Consumer<TypedQuery<?>> binding) {
        conditions.add(condition);
        bindings.add(binding);
    }

    /** {@code " where ..."}, or empty when nothing narrows. */
    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * The filter's order as an ORDER BY clause that an index can deliver without sorting. H2 reads rows in index order
     * only when the ORDER BY names the index's columns from the first, so a column the filter fixes to one value
     * (actor, action, target, domain) is named first; being constant, it does not change the order. A time range
     * orders by time, which follows the sequence because entries take their time under the chain's lock. Without
     * this, a filter matching a hundred thousand entries sorts all of them for a page of fifty.
     */
    String orderBy() {
        AuditSort sort = filter.sort();
        String direction = sort.ascending() ? " asc" : " desc";
        List<String> columns = new ArrayList<>(switch (sort.key()) {
            case SEQUENCE -> byIndexFor("e.sequence");
            case TIME -> filter.actions().size() == 1 ? List.of("e.action", "e.occurredAt") : List.of("e.occurredAt");
            case ACTOR -> List.of("e.actorName");
            case ACTION -> List.of("e.action", "e.occurredAt");
        });
        if (!columns.contains("e.sequence")) {
            columns.add("e.sequence");
        }
        return " order by " + String.join(direction + ", ", columns) + direction;
    }

    private List<String> byIndexFor(String sequence) {
        if (filter.targetId() != null) {
            return List.of("e.targetType", "e.targetId", sequence);
        }
        if (filter.actor() != null) {
            return List.of("e.actorName", sequence);
        }
        if (filter.actions().size() == 1) {
            return List.of("e.action", "e.occurredAt", sequence);
        }
        if (filter.localDomain() != null
                || filter.visibleDomains() != null && filter.visibleDomains().size() == 1) {
            return List.of("e.localDomain", sequence);
        }
        if (filter.from() != null || filter.to() != null) {
            return List.of("e.occurredAt", sequence);
        }
        return List.of(sequence);
    }

    void bind(TypedQuery<?> query) {
        bindings.forEach(binding -> binding.accept(query));
    }
}
