package io.peeringconsole.web.ui.publicgroup;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.agreement.application.PublicGroupService;
import io.peeringconsole.agreement.application.PublicGroupView;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.registry.application.PeerNetworkView;
import io.peeringconsole.registry.application.PeerRegistry;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Confirmation;
import io.peeringconsole.web.ui.support.Paging;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Public groups (C5, RFC 5344 section 2.2): the resource lists of our local domains that chosen peers may subscribe
 * to as a whole. Only groups exposed to a peer appear in that peer's configuration.
 */
@Route(value = "public-groups", layout = MainLayout.class)
@PageTitle("Public groups")
@RouteScoped
public class PublicGroupsView extends VerticalLayout {

    private static final int MAX_PER_CALL = 500;

    private final transient PublicGroupService groups;
    private final transient PeerRegistry registry;
    private final List<String> administered;
    private final Grid<PublicGroupView> grid = new Grid<>();
    private final ComboBox<String> domainFilter = new ComboBox<>();
    private final PublicGroupEditor form;
    private final Dialog editor = new Dialog();
    private PublicGroupView editing;
    private ExposureNames exposure = ExposureNames.NONE;

    @Inject
    public PublicGroupsView(PublicGroupService groups, PeerRegistry registry, LocalDomainService localDomains) {
        this.groups = groups;
        this.registry = registry;
        Operator operator = ConsoleSession.operator();
        this.administered = localDomains.allNames().stream()
                .filter(name -> AccessPolicy.canAdministerDomain(operator, name)).toList();
        this.form = new PublicGroupEditor(registry, administered);
        addClassName("list-view");
        setSizeFull();
        configureGrid();
        configureEditor();
        add(toolbar(), grid);
    }

    private void configureGrid() {
        grid.setId("public-group-grid");
        grid.setSizeFull();
        grid.addColumn(PublicGroupView::uri).setHeader("Resource list").setFlexGrow(2);
        grid.addColumn(PublicGroupView::localDomain).setHeader("Local domain").setFlexGrow(1);
        grid.addColumn(PublicGroupView::maxSize).setHeader("Max members").setFlexGrow(0).setWidth("9rem");
        grid.addColumn(this::exposure).setHeader("Exposed to").setFlexGrow(2);
        grid.setItems(this::fetch, this::count);
        grid.setEmptyStateText(emptyStateText());
        grid.addItemClickListener(click -> open(click.getItem()));
    }

    private HorizontalLayout toolbar() {
        domainFilter.setId("public-group-domain-filter");
        domainFilter.setPlaceholder("All local domains");
        domainFilter.setClearButtonVisible(true);
        domainFilter.setItems(administered);
        domainFilter.addValueChangeListener(change -> {
            grid.setEmptyStateText(emptyStateText());
            grid.getDataProvider().refreshAll();
        });
        Button add = new Button("New public group", VaadinIcon.PLUS.create(), click -> open(null));
        add.setId("new-public-group");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(!administered.isEmpty());
        HorizontalLayout toolbar = new HorizontalLayout(domainFilter, add);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private void configureEditor() {
        editor.setId("public-group-editor");
        editor.setCloseOnOutsideClick(false);
        editor.add(form);
        Button save = new Button("Save", click -> save());
        save.setId("public-group-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button remove = new Button("Delete", click -> Confirmation.dangerous("Delete public group?", "Delete "
                + editing.uri() + "? Peers it is exposed to lose it from their configuration.", "Delete",
                this::remove));
        remove.setId("public-group-delete");
        remove.addThemeVariants(ButtonVariant.ERROR);
        Button cancel = new Button("Cancel", click -> editor.close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        editor.getFooter().add(remove, cancel, save);
        // Security officers and admins of other domains may look, not change.
        editor.addOpenedChangeListener(change -> {
            boolean mayChange = editing == null || administered.contains(editing.localDomain());
            save.setVisible(mayChange);
            remove.setVisible(editing != null && mayChange);
        });
    }

    private String exposure(PublicGroupView group) {
        return exposure.describe(group);
    }

    private String emptyStateText() {
        if (administered.isEmpty()) {
            return "No public groups you may see; public groups belong to local domains you administer.";
        }
        return domainFilter.isEmpty() ? "No public groups yet — add one with “New public group”."
                : "No public groups in " + domainFilter.getValue() + " yet.";
    }

    private Stream<PublicGroupView> fetch(Query<PublicGroupView, Void> query) {
        List<PublicGroupView> rows = Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL,
                (offset, limit) -> groups.list(ConsoleSession.operator(), domainFilter.getValue(), offset, limit)
                        .items());
        exposure = ExposureNames.of(rows, registry::displayNames);
        return rows.stream();
    }

    private int count(Query<PublicGroupView, Void> query) {
        return (int) groups.list(ConsoleSession.operator(), domainFilter.getValue(), 0, 1).total();
    }

    private void open(PublicGroupView group) {
        editing = group;
        List<PeerNetworkView> peers = group == null ? List.of() : group.exposedTo().stream()
                .map(registry::find).flatMap(Optional::stream).toList();
        editor.setHeaderTitle(group == null ? "New public group" : group.uri());
        form.edit(group, peers);
        editor.open();
    }

    private void save() {
        Optional<String> missing = form.missing();
        if (missing.isPresent()) {
            UserFeedback.error(missing.get());
            return;
        }
        PublicGroupView before = editing;
        boolean saved = UserFeedback.attempt(() -> {
            if (before == null) {
                groups.create(ConsoleSession.operator(), form.localDomain.getValue(), form.uri.getValue(),
                        form.maxSize.getValue(), form.peerIds());
            } else {
                groups.update(ConsoleSession.operator(), before.id(), before.version(), form.maxSize.getValue(),
                        form.peerIds());
            }
        }, form, this::reload);
        finish(saved, "Saved " + form.uri.getValue() + ".");
    }

    private void remove() {
        PublicGroupView group = editing;
        boolean removed = UserFeedback.attempt(
                () -> groups.remove(ConsoleSession.operator(), group.id(), group.version()), form, this::reload);
        finish(removed, "Deleted " + group.uri() + ".");
    }

    private void finish(boolean done, String message) {
        if (done) {
            editor.close();
            grid.getDataProvider().refreshAll();
            UserFeedback.success(message);
        }
    }

    /** After a conflict: start again from what is stored now, or close if the group is gone. */
    private void reload() {
        grid.getDataProvider().refreshAll();
        Optional<PublicGroupView> current = editing == null ? Optional.empty()
                : groups.find(ConsoleSession.operator(), editing.id());
        current.ifPresentOrElse(this::open, editor::close);
    }
}
