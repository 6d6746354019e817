package io.peeringconsole.web.ui.agreement;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.agreement.application.AgreementFilter;
import io.peeringconsole.agreement.application.AgreementService;
import io.peeringconsole.agreement.application.AgreementSort;
import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.agreement.domain.AgreementStatus;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.registry.application.PeerRegistry;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.Paging;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The peering agreements of the local domains the operator may see, filtered, sorted and paged in the database. */
@Route(value = "agreements", layout = MainLayout.class)
@PageTitle("Peering agreements")
@RequiresRole({Role.ADMIN, Role.DOMAIN_ADMIN, Role.SECURITY_OFFICER})
@RouteScoped
public class AgreementsView extends VerticalLayout {

    private static final int MAX_PER_CALL = 500;

    private final transient AgreementService agreements;
    private final transient PeerRegistry registry;
    private final transient PeerChoices peers;
    private final Grid<AgreementView> grid = new Grid<>();
    private final ComboBox<String> localDomain = new ComboBox<>();
    private final ComboBox<AgreementStatus> status = new ComboBox<>();
    private final ComboBox<PeerOption> peer = new ComboBox<>();
    private final Map<Long, String> clearingHouseNames = new HashMap<>();
    private final boolean mayDraft;

    @Inject
    public AgreementsView(AgreementService agreements, PeerRegistry registry, LocalDomainService localDomains) {
        this.agreements = agreements;
        this.registry = registry;
        this.peers = new PeerChoices(registry);
        Operator op = ConsoleSession.operator();
        this.mayDraft = AgreementRights.mayDraft(op);
        addClassName("list-view");
        setSizeFull();
        configureFilters(op.has(Role.ADMIN) || op.has(Role.SECURITY_OFFICER) ? localDomains.allNames()
                : op.localDomains().stream().sorted().toList());
        configureGrid();
        Paragraph expiry = new Paragraph(StatusBadge.AUTOMATIC_EXPIRY);
        expiry.addClassName("agreement-help");
        add(toolbar(), expiry, grid);
    }

    private void configureFilters(List<String> domains) {
        localDomain.setId("agreement-filter-domain");
        localDomain.setPlaceholder("Every local domain");
        localDomain.setItems(domains);
        localDomain.setClearButtonVisible(true);
        status.setId("agreement-filter-status");
        status.setPlaceholder("Every status");
        status.setItems(AgreementStatus.values());
        status.setItemLabelGenerator(Formats::label);
        status.setClearButtonVisible(true);
        peer.setId("agreement-filter-peer");
        peer.setPlaceholder("Every peer network");
        peer.setItemLabelGenerator(PeerOption::label);
        peer.setItems(query -> peers.search(query.getFilter().orElse(null), PeerKind.PEER_NETWORK,
                query.getOffset(), query.getLimit()));
        peer.setClearButtonVisible(true);
        localDomain.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        peer.addValueChangeListener(change -> refresh());
    }

    private void configureGrid() {
        grid.setId("agreement-grid");
        grid.setSizeFull();
        grid.setColumnReorderingAllowed(true);
        grid.addColumn(AgreementView::id).setHeader("#").setSortProperty(AgreementSort.NEWEST.name())
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgreementView::localDomain).setHeader("Local domain")
                .setSortProperty(AgreementSort.LOCAL_DOMAIN.name()).setFlexGrow(2).setResizable(true)
                .setTooltipGenerator(AgreementView::localDomain);
        grid.addColumn(AgreementView::peerDisplayName).setHeader("Peer network").setFlexGrow(3).setResizable(true)
                .setTooltipGenerator(AgreementView::peerDisplayName);
        grid.addColumn(this::route).setHeader("Route").setResizable(true);
        grid.addColumn(a -> Formats.label(a.status())).setHeader("Status").setSortProperty(AgreementSort.STATUS.name())
                .setAutoWidth(true);
        grid.addColumn(StatusBadge::days).setHeader("Validity (UTC)").setSortProperty(AgreementSort.VALID_UNTIL.name())
                .setAutoWidth(true);
        grid.addColumn(a -> a.proposedBy() == null ? "(draft by " + a.draftedBy() + ")" : a.proposedBy())
                .setHeader("Proposed by").setResizable(true);
        grid.addColumn(a -> Formats.time(a.updatedAt())).setHeader("Updated")
                .setSortProperty(AgreementSort.UPDATED_AT.name()).setAutoWidth(true);
        grid.setItems(this::fetch, this::count);
        grid.setEmptyStateText(emptyStateText());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(AgreementPage.class,
                AgreementPage.of(click.getItem().id()))));
    }

    private HorizontalLayout toolbar() {
        Button add = new Button("New agreement", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewAgreementView.class)));
        add.setId("new-agreement");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(mayDraft);
        HorizontalLayout toolbar = new HorizontalLayout(localDomain, status, peer, add);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private String route(AgreementView agreement) {
        Long id = agreement.route().clearingHouseId();
        return id == null ? "Direct" : "Via " + clearingHouseNames.computeIfAbsent(id,
                key -> registry.find(key).map(p -> p.displayName()).orElse("clearing house " + key));
    }

    private AgreementFilter filter() {
        return new AgreementFilter(localDomain.getValue(), status.getValue(),
                peer.getValue() == null ? null : peer.getValue().id());
    }

    private Stream<AgreementView> fetch(Query<AgreementView, Void> query) {
        AgreementSort sort = query.getSortOrders().stream().findFirst()
                .map(order -> AgreementSort.valueOf(order.getSorted())).orElse(AgreementSort.NEWEST);
        boolean ascending = query.getSortOrders().stream().findFirst()
                .map(order -> order.getDirection() == SortDirection.ASCENDING).orElse(false);
        AgreementFilter filter = filter();
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL,
                (offset, limit) -> agreements.list(ConsoleSession.operator(), filter, sort, ascending, offset, limit)
                        .items()).stream();
    }

    private int count(Query<AgreementView, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE,
                agreements.list(ConsoleSession.operator(), filter(), 0, 1).total());
    }

    private void refresh() {
        grid.setEmptyStateText(emptyStateText());
        grid.getDataProvider().refreshAll();
    }

    private String emptyStateText() {
        boolean filtered = localDomain.getValue() != null || status.getValue() != null || peer.getValue() != null;
        if (filtered) {
            return "No agreement matches these filters; clear one to see more.";
        }
        return mayDraft ? "No peering agreements yet. Draft one with “New agreement”."
                : "No peering agreements yet in the local domains you may see.";
    }
}
