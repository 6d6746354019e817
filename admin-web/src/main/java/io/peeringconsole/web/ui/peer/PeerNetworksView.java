package io.peeringconsole.web.ui.peer;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ItemClickEvent;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.registry.application.PeerNetworkView;
import io.peeringconsole.registry.application.PeerRegistry;
import io.peeringconsole.registry.application.PeerSearch;
import io.peeringconsole.registry.application.PeerSort;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Confirmation;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.Paging;
import io.peeringconsole.web.ui.support.SearchFields;
import io.peeringconsole.web.ui.support.UserFeedback;
import io.peeringconsole.web.ui.trust.PeerTrustColumn;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;

/** The peer registry: a searchable, sortable list of peer networks and clearing houses, and their editor. */
@Route(value = "peer-networks", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Peer networks")
@RouteScoped
public class PeerNetworksView extends VerticalLayout {

    private static final int MAX_PER_SEARCH = 500;

    private final transient PeerRegistry registry;
    private final transient PeerTrustColumn trust;
    private final boolean mayEdit;
    private final Grid<PeerNetworkView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<KindFilter> kindFilter = new ComboBox<>();
    private final PeerNetworkForm form = new PeerNetworkForm();
    private final PeerNetworkEditor editor = new PeerNetworkEditor(form);
    private PeerFilter filter = PeerFilter.NONE;
    private Grid.Column<PeerNetworkView> trustColumn;
    private transient PeerNetworkView editing;

    @Inject
    public PeerNetworksView(PeerRegistry registry, PeerTrustService trustService) {
        this.registry = registry;
        this.trust = new PeerTrustColumn(trustService);
        trust.reload();
        this.mayEdit = AccessPolicy.canEditRegistry(ConsoleSession.operator());
        addClassName("list-view");
        setSizeFull();
        configureGrid();
        configureForm();
        add(toolbar(), grid);
    }

    private void configureGrid() {
        grid.setId("peer-grid");
        grid.setSizeFull();
        grid.addColumn(PeerNetworkView::displayName).setHeader("Display name")
                .setSortProperty(PeerSort.DISPLAY_NAME.name()).setFlexGrow(2);
        grid.addColumn(peer -> Formats.label(peer.kind())).setHeader("Kind").setSortProperty(PeerSort.KIND.name());
        grid.addColumn(peer -> Formats.joined(peer.domains())).setHeader("Domains")
                .setSortProperty(PeerSort.PRIMARY_DOMAIN.name()).setFlexGrow(3);
        grid.addColumn(peer -> peer.contacts().size()).setHeader("Contacts").setFlexGrow(0).setWidth("8rem");
        trustColumn = grid.addComponentColumn(trust::render).setHeader("Trust").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(peer -> Formats.time(peer.updatedAt())).setHeader("Updated")
                .setSortProperty(PeerSort.UPDATED_AT.name()).setAutoWidth(true);
        grid.setItems(this::fetch, this::count);
        grid.setEmptyStateText(filter.emptyStateText(mayEdit));
        grid.addItemClickListener(this::open);
    }

    /** The trust column holds a link of its own: a click there navigates and must not open the editor too. */
    private void open(ItemClickEvent<PeerNetworkView> click) {
        if (click.getColumn() != trustColumn) {
            edit(click.getItem());
        }
    }

    private HorizontalLayout toolbar() {
        SearchFields.configure(search, "peer-search", "Search name or domain",
                typed -> filterBy(filter.withText(typed)));
        kindFilter.setId("peer-kind-filter");
        kindFilter.setItems(KindFilter.values());
        kindFilter.setItemLabelGenerator(KindFilter::label);
        kindFilter.setValue(KindFilter.ALL);
        kindFilter.addValueChangeListener(change -> filterBy(filter.withKind(
                change.getValue() == null ? null : change.getValue().kind())));
        Button add = new Button("New peer network", VaadinIcon.PLUS.create(), click -> create());
        add.setId("new-peer-network");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(mayEdit);
        HorizontalLayout toolbar = new HorizontalLayout(search, kindFilter, add);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private void configureForm() {
        form.addSaveListener(this::save);
        form.addDeleteListener(event -> confirmDelete(event.data()));
        form.addCloseListener(event -> editor.close());
    }

    private Stream<PeerNetworkView> fetch(Query<PeerNetworkView, Void> query) {
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_SEARCH,
                (offset, limit) -> registry.search(filter.search(query.getSortOrders(), offset, limit)).items())
                .stream();
    }

    private int count(Query<PeerNetworkView, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, registry.search(filter.search(List.of(), 0, 1)).total());
    }

    private void filterBy(PeerFilter newFilter) {
        filter = newFilter;
        trust.reload();
        grid.setEmptyStateText(filter.emptyStateText(mayEdit));
        grid.getDataProvider().refreshAll();
    }

    private void create() {
        editing = null;
        editor.open(PeerNetworkFormData.blank(), clearingHouses(null));
        form.setEditable(true);
    }

    private void edit(PeerNetworkView peer) {
        editing = peer;
        editor.open(PeerNetworkFormData.of(peer), clearingHouses(peer.id()));
        form.setEditable(mayEdit);
    }

    private List<ClearingHouseOption> clearingHouses(Long except) {
        PeerSearch all = new PeerSearch(null, PeerKind.CLEARING_HOUSE, PeerSort.DISPLAY_NAME, true, 0, MAX_PER_SEARCH);
        return registry.search(all).items().stream()
                .filter(house -> except == null || house.id() != except)
                .map(ClearingHouseOption::of)
                .toList();
    }

    private void save(PeerNetworkForm.SaveEvent event) {
        PeerNetworkFormData data = event.data();
        boolean saved = UserFeedback.attempt(() -> {
            if (data.isNew()) {
                registry.create(ConsoleSession.operator(), event.command());
            } else {
                registry.update(ConsoleSession.operator(), data.getId(), data.getVersion(), event.command());
            }
        }, form::showFieldError, () -> reload(data.getId()));
        if (saved) {
            editor.close();
            grid.getDataProvider().refreshAll();
            UserFeedback.success("Saved “" + event.command().displayName() + "”.");
        }
    }

    private void confirmDelete(PeerNetworkFormData data) {
        String name = editing == null ? data.getDisplayName() : editing.displayName();
        int domains = editing == null ? data.getDomains().size() : editing.domains().size();
        Confirmation.dangerous("Delete peer network?", "Delete peer network " + name + " and its "
                + Formats.count(domains, "domain", "domains") + "? This cannot be undone.", "Delete", () -> delete(data, name));
    }

    private void delete(PeerNetworkFormData data, String name) {
        boolean deleted = UserFeedback.attempt(
                () -> registry.delete(ConsoleSession.operator(), data.getId(), data.getVersion()),
                form::showFieldError, () -> reload(data.getId()));
        if (deleted) {
            editor.close();
            grid.getDataProvider().refreshAll();
            UserFeedback.success("Deleted “" + name + "”.");
        }
    }

    /** After a conflict: start again from what is stored now, or leave if it is gone. */
    private void reload(Long id) {
        grid.getDataProvider().refreshAll();
        registry.find(id).ifPresentOrElse(this::edit, () -> {
            editor.close();
            UserFeedback.error("This peer network no longer exists; someone deleted it meanwhile.");
        });
    }
}
