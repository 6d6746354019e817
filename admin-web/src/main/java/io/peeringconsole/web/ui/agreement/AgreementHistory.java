package io.peeringconsole.web.ui.agreement;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import io.peeringconsole.audit.application.AuditFilter;
import io.peeringconsole.audit.application.AuditQueries;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.web.ui.audit.AuditEntryDialog;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.Paging;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One agreement's history: its audit entries, newest first, paged from the trail itself so that it is exactly what
 * was recorded. A click opens the entry with its before and after.
 */
class AgreementHistory extends Grid<AuditEntry> {

    static final String TARGET_TYPE = "PeeringAgreement";
    private static final int MAX_PER_CALL = 500;

    private final transient AuditQueries queries;
    private final transient Set<String> visibleDomains;
    private AuditFilter filter;

    AgreementHistory(AuditQueries queries, Set<String> visibleDomains) {
        this.queries = queries;
        this.visibleDomains = visibleDomains;
        setId("agreement-history");
        setAllRowsVisible(false);
        setHeight("20rem");
        addColumn(entry -> Formats.time(entry.occurredAt())).setHeader("Time").setAutoWidth(true);
        addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true);
        addColumn(AuditEntry::actorName).setHeader("By").setAutoWidth(true);
        addColumn(AuditEntry::actorRole).setHeader("Role").setAutoWidth(true);
        addColumn(AuditEntry::sequence).setHeader("Entry #").setAutoWidth(true);
        setEmptyStateText("No history recorded yet.");
        addItemClickListener(click -> new AuditEntryDialog(click.getItem()).open());
    }

    void show(long agreementId) {
        filter = new AuditFilter(visibleDomains, null).aboutTarget(TARGET_TYPE, String.valueOf(agreementId));
        setItems(this::fetch, this::count);
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private Stream<AuditEntry> fetch(Query<AuditEntry, Void> query) {
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL,
                (offset, limit) -> queries.page(filter, offset, limit)).stream();
    }

    private int count(Query<AuditEntry, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, queries.count(filter));
    }
}
