package io.peeringconsole.web.ui.audit;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.audit.application.AuditFilter;
import io.peeringconsole.audit.application.AuditQueries;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.ChainVerification;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.Paging;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The audit trail, newest first. Verifying the chain covers every entry, so it is offered only to those who see
 * every entry (administrators and security officers).
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit trail")
@RequiresRole({Role.ADMIN, Role.SECURITY_OFFICER, Role.DOMAIN_ADMIN})
@RouteScoped
public class AuditTrailView extends VerticalLayout {

    private static final int MAX_PER_CALL = 500;

    private final transient AuditQueries queries;
    private final transient Set<String> visibleDomains;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField search = new TextField();
    private AuditFilter filter;

    @Inject
    public AuditTrailView(AuditQueries queries) {
        this.queries = queries;
        this.visibleDomains = AccessPolicy.visibleAuditDomains(ConsoleSession.operator());
        this.filter = new AuditFilter(visibleDomains, null);
        addClassName("list-view");
        setSizeFull();
        configureGrid();
        add(toolbar(), grid);
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.setSizeFull();
        grid.setColumnReorderingAllowed(true);
        grid.addColumn(AuditEntry::sequence).setHeader("#").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(entry -> Formats.time(entry.occurredAt())).setHeader("Time").setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader("Actor").setResizable(true);
        grid.addColumn(AuditEntry::actorRole).setHeader("Role").setResizable(true);
        grid.addColumn(AuditEntry::sourceAddress).setHeader("Source").setResizable(true);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditEntry::targetType).setHeader("Target type").setResizable(true);
        grid.addColumn(AuditEntry::targetId).setHeader("Target id").setResizable(true);
        grid.addColumn(AuditEntry::localDomain).setHeader("Local domain").setResizable(true);
        grid.addColumn(AuditEntry::outcome).setHeader("Outcome").setAutoWidth(true);
        grid.setItems(this::fetch, this::count);
        grid.setEmptyStateText(emptyStateText());
        grid.addItemClickListener(click -> new AuditEntryDialog(click.getItem()).open());
    }

    private HorizontalLayout toolbar() {
        search.setId("audit-search");
        search.setPlaceholder("Search action, actor or target");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.addValueChangeListener(change -> {
            filter = new AuditFilter(visibleDomains, change.getValue());
            grid.setEmptyStateText(emptyStateText());
            grid.getDataProvider().refreshAll();
        });
        Button verify = new Button("Verify chain", VaadinIcon.CHECK_CIRCLE.create(), click -> verify());
        verify.setId("audit-verify");
        verify.setVisible(visibleDomains == null);
        HorizontalLayout toolbar = new HorizontalLayout(search, verify);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private String emptyStateText() {
        return filter.text() == null ? "No audit entries yet." : "No audit entry matches “" + filter.text() + "”.";
    }

    private Stream<AuditEntry> fetch(Query<AuditEntry, Void> query) {
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL,
                (offset, limit) -> queries.page(filter, offset, limit)).stream();
    }

    private int count(Query<AuditEntry, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, queries.count(filter));
    }

    private void verify() {
        UserFeedback.attempt(() -> {
            ChainVerification verification = queries.verifyChain();
            if (verification.intact()) {
                UserFeedback.success(ChainVerdict.describe(verification));
            } else {
                UserFeedback.error(ChainVerdict.describe(verification));
            }
        });
    }
}
