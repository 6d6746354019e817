package io.peeringconsole.web.ui.audit;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.audit.alert.LastVerification;
import io.peeringconsole.audit.application.AuditFilter;
import io.peeringconsole.audit.application.AuditQueries;
import io.peeringconsole.audit.application.AuditSort;
import io.peeringconsole.audit.application.SensitiveValues;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.export.ExportFormat;
import io.peeringconsole.audit.domain.ChainVerification;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.Paging;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The audit trail: filters, sortable columns and lazy paging through millions of entries, each entry's before and
 * after as a diff. Verifying the chain covers every entry, so it is offered only to those who see every entry
 * (administrators and security officers).
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit trail")
@RequiresRole({Role.ADMIN, Role.SECURITY_OFFICER, Role.DOMAIN_ADMIN})
@RouteScoped
public class AuditTrailView extends VerticalLayout implements BeforeEnterObserver {

    private static final int MAX_PER_CALL = 500;

    private final transient AuditQueries queries;
    private final transient LastVerification verification;
    private final boolean wholeTrail;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span total = new Span();
    private final AuditFilterBar bar;
    private AuditFilter filter;

    @Inject
    public AuditTrailView(AuditQueries queries, SensitiveValues sensitiveValues, LastVerification verification) {
        this.queries = queries;
        this.verification = verification;
        this.filter = new AuditFilter(AccessPolicy.visibleAuditDomains(ConsoleSession.operator()), null);
        this.wholeTrail = filter.visibleDomains() == null;
        addClassName("list-view");
        setSizeFull();
        configureGrid();
        bar = new AuditFilterBar(filter, queries.actions(),
                value -> sensitiveValues.lookUp(ConsoleSession.operator().actor(), value), this::show);
        Details filters = new Details("Filters", bar);
        filters.setId("audit-filter-details");
        filters.setOpened(true);
        add(toolbar(), filters, grid);
        if (AccessPolicy.canGuardAuditTrail(ConsoleSession.operator())) {
            Details retention = new Details("Retention", new AuditArchivePanel());
            retention.setId("audit-retention-details");
            add(retention);
        }
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.setSizeFull();
        grid.setMinHeight("18rem");
        grid.setColumnReorderingAllowed(true);
        grid.addColumn(AuditEntry::sequence).setHeader("#").setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setSortProperty(AuditSort.Key.SEQUENCE.name());
        grid.addColumn(entry -> Formats.time(entry.occurredAt())).setHeader("Time").setAutoWidth(true)
                .setSortProperty(AuditSort.Key.TIME.name());
        grid.addColumn(AuditEntry::actorName).setHeader("Actor").setResizable(true)
                .setSortProperty(AuditSort.Key.ACTOR.name());
        grid.addColumn(AuditEntry::actorRole).setHeader("Role").setResizable(true);
        grid.addColumn(AuditEntry::sourceAddress).setHeader("Source").setResizable(true);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true)
                .setSortProperty(AuditSort.Key.ACTION.name());
        grid.addColumn(AuditEntry::targetType).setHeader("Target type").setResizable(true);
        grid.addColumn(AuditEntry::targetId).setHeader("Target id").setResizable(true);
        grid.addColumn(AuditEntry::localDomain).setHeader("Local domain").setResizable(true);
        grid.addColumn(AuditEntry::outcome).setHeader("Outcome").setAutoWidth(true);
        grid.setItems(this::fetch, this::count);
        grid.setEmptyStateText(emptyStateText());
        grid.addItemClickListener(click -> new AuditEntryDialog(click.getItem()).open());
    }

    /** Opens with the filter given as query parameters, e.g. from a dashboard alert: {@code audit?action=LOGIN}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> parameters = new java.util.HashMap<>();
        event.getLocation().getQueryParameters().getParameters()
                .forEach((name, values) -> parameters.put(name, String.join(",", values)));
        bar.preset(parameters);
    }

    private HorizontalLayout toolbar() {
        total.setId("audit-total");
        Button verify = new Button("Verify chain", VaadinIcon.CHECK_CIRCLE.create(), click -> verify());
        verify.setId("audit-verify");
        verify.setVisible(wholeTrail);
        Button csv = new Button("Export CSV", VaadinIcon.DOWNLOAD.create(),
                click -> new AuditExportDialog(ExportFormat.CSV, filter).open());
        csv.setId("audit-export-csv");
        Button jsonLines = new Button("Export JSON Lines", VaadinIcon.DOWNLOAD.create(),
                click -> new AuditExportDialog(ExportFormat.JSONL, filter).open());
        jsonLines.setId("audit-export-jsonl");
        boolean guard = AccessPolicy.canGuardAuditTrail(ConsoleSession.operator());
        csv.setVisible(guard);
        jsonLines.setVisible(guard);
        HorizontalLayout toolbar = new HorizontalLayout(total, verify, csv, jsonLines, new CheckpointPanel());
        toolbar.addClassName("toolbar");
        toolbar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        return toolbar;
    }

    private void show(AuditFilter narrowed) {
        filter = narrowed;
        grid.setEmptyStateText(emptyStateText());
        grid.getDataProvider().refreshAll();
    }

    private String emptyStateText() {
        if (filter.showsNothing()) {
            return "Your local domains have no audit entries you may see with these filters.";
        }
        return filter.narrows() ? "No audit entry matches these filters. Widen the time range or clear a filter."
                : "No audit entries yet.";
    }

    private Stream<AuditEntry> fetch(Query<AuditEntry, Void> query) {
        AuditFilter sorted = filter.sortedBy(sortOf(query.getSortOrders()));
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL,
                (offset, limit) -> queries.page(sorted, offset, limit)).stream();
    }

    private int count(Query<AuditEntry, Void> query) {
        long matching = queries.count(filter);
        total.setText(Formats.count(matching, "entry", "entries") + (filter.narrows() ? " match" : ""));
        return (int) Math.min(Integer.MAX_VALUE, matching);
    }

    static AuditSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return AuditSort.NEWEST_FIRST;
        }
        QuerySortOrder first = orders.getFirst();
        return new AuditSort(AuditSort.Key.valueOf(first.getSorted()), first.getDirection() == SortDirection.ASCENDING);
    }

    private void verify() {
        UserFeedback.attempt(() -> {
            ChainVerification result = verification.run();
            if (result.intact()) {
                UserFeedback.success(ChainVerdict.describe(result));
            } else {
                UserFeedback.error(ChainVerdict.describe(result));
            }
        });
    }
}
