package io.peeringconsole.web.ui.privacy;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.permission.application.PrivacyPermissionService;
import io.peeringconsole.privacy.permission.application.PrivacyPermissionView;
import io.peeringconsole.privacy.permission.domain.PermissionRules;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.Confirmation;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.Paging;
import io.peeringconsole.web.ui.support.SearchFields;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.stream.Stream;

/**
 * A local domain's privacy-sharing permissions: every peer network with its sharing mode and allow-list (default
 * deny where nothing is set), paged and filtered by name, and the editor for one pair. {@code ?domain=} preselects.
 */
@Route(value = "privacy-sharing", layout = MainLayout.class)
@PageTitle("Privacy sharing")
@RouteScoped
@RequiresRole({Role.ADMIN, Role.DOMAIN_ADMIN, Role.SECURITY_OFFICER})
public class PrivacySharingView extends VerticalLayout implements BeforeEnterObserver {

    private static final int MAX_PER_CALL = 500;

    private final transient PrivacyPermissionService permissions;
    private final ComboBox<String> domain;
    private final TextField search = new TextField();
    private final Grid<PrivacyPermissionView> grid = new Grid<>();
    private final PrivacyPermissionForm form = new PrivacyPermissionForm();

    @Inject
    public PrivacySharingView(PrivacyPermissionService permissions, LocalDomainService localDomains) {
        this.permissions = permissions;
        this.domain = LocalDomainChoice.create("privacy-domain", localDomains);
        addClassName("list-view");
        setSizeFull();
        configureToolbar();
        configureGrid();
        configureForm();
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(2, grid);
        content.setFlexGrow(1, form);
        add(toolbar(), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("domain").ifPresent(domain::setValue);
    }

    private void configureToolbar() {
        domain.addValueChangeListener(change -> {
            form.setVisible(false);
            grid.getDataProvider().refreshAll();
        });
        SearchFields.configure(search, "privacy-search", "Search peer name",
                typed -> grid.getDataProvider().refreshAll());
    }

    private HorizontalLayout toolbar() {
        Span hint = new Span("Pairs without a permission are at default deny: nothing leaves, per watcher.");
        hint.addClassName("privacy-hint");
        HorizontalLayout toolbar = new HorizontalLayout(domain, search, hint);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("privacy-grid");
        grid.setSizeFull();
        grid.addColumn(PrivacyPermissionView::peerDisplayName).setHeader("Peer network").setFlexGrow(2);
        grid.addColumn(SharingModes::modeOf).setHeader("Sharing mode").setAutoWidth(true);
        grid.addColumn(view -> SharingModes.attributes(view.allowedAttributes())).setHeader("Allowed attributes")
                .setFlexGrow(3);
        grid.addColumn(view -> view.defaultDeny() ? "" : view.changedBy() + " · " + Formats.time(view.changedAt()))
                .setHeader("Changed").setAutoWidth(true);
        grid.setItems(this::fetch, this::count);
        grid.setEmptyStateText("Choose a local domain to see its peers; a domain without peer networks has none"
                + " to share with yet.");
        grid.addItemClickListener(click -> edit(click.getItem()));
    }

    private void configureForm() {
        form.addSaveListener(this::save);
        form.addResetListener(event -> Confirmation.dangerous("Reset to default deny?", "Nothing will leave for "
                + event.pair().peerDisplayName() + " any more, and its mode goes back to per watcher.", "Reset",
                () -> reset(event.pair())));
    }

    /** A security officer may make one change, into POLICY_DELEGATION; the service says so if they try another. */
    private void edit(PrivacyPermissionView pair) {
        Operator op = ConsoleSession.operator();
        form.edit(pair, PermissionRules.mayChange(op, pair.localDomain(), SharingMode.POLICY_DELEGATION),
                PermissionRules.mayChange(op, pair.localDomain(), null));
    }

    private Stream<PrivacyPermissionView> fetch(Query<PrivacyPermissionView, Void> query) {
        String chosen = domain.getValue();
        if (chosen == null) {
            return Stream.empty();
        }
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL, (offset, limit) -> permissions
                .list(ConsoleSession.operator(), chosen, search.getValue(), offset, limit).items()).stream();
    }

    private int count(Query<PrivacyPermissionView, Void> query) {
        String chosen = domain.getValue();
        return chosen == null ? 0 : (int) Math.min(Integer.MAX_VALUE, permissions.list(ConsoleSession.operator(),
                chosen, search.getValue(), 0, 1).total());
    }

    private void save(PrivacyPermissionForm.SaveEvent event) {
        PrivacyPermissionView pair = event.pair();
        PrivacyPermissionView[] saved = new PrivacyPermissionView[1];
        boolean ok = UserFeedback.attempt(() -> saved[0] = permissions.set(ConsoleSession.operator(),
                pair.localDomain(), pair.peerNetworkId(), pair.version(),
                event.attributes().stream().map(Enum::name).toList(), event.mode() == null ? null
                        : event.mode().name()), form::showFieldError, () -> reload(pair));
        if (ok) {
            edit(saved[0]);
            grid.getDataProvider().refreshAll();
            UserFeedback.success("Saved the privacy sharing for " + pair.peerDisplayName() + ".");
        }
    }

    private void reset(PrivacyPermissionView pair) {
        boolean ok = UserFeedback.attempt(() -> permissions.reset(ConsoleSession.operator(), pair.localDomain(),
                pair.peerNetworkId(), pair.version()), (field, message) -> false, () -> reload(pair));
        if (ok) {
            reload(pair);
            UserFeedback.success(pair.peerDisplayName() + " is back at default deny.");
        }
    }

    /** After a conflict or a reset: show the pair as it is stored now. */
    private void reload(PrivacyPermissionView pair) {
        grid.getDataProvider().refreshAll();
        UserFeedback.attempt(() -> edit(permissions.get(ConsoleSession.operator(), pair.localDomain(),
                pair.peerNetworkId())));
    }
}
