package io.peeringconsole.web.ui.gateway;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.gateway.application.CertificateGatewayService;
import io.peeringconsole.gateway.application.CertifiedGateway;
import io.peeringconsole.gateway.application.GatewayFleet;
import io.peeringconsole.gateway.application.GatewayService;
import io.peeringconsole.gateway.application.GatewayView;
import io.peeringconsole.gateway.application.IssuedToken;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.web.infrastructure.gateway.FleetSettings;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Paging;
import io.peeringconsole.web.ui.support.SearchFields;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The gateway fleet (C7): per local domain, which serial each gateway applied, when it was last seen, how far it lags
 * and what it last rejected; gateways quiet for longer than the silence threshold are flagged.
 */
@Route(value = "gateways", layout = MainLayout.class)
@PageTitle("Gateways")
@RouteScoped
public class FleetView extends VerticalLayout {

    private static final int MAX_PER_CALL = 500;

    private final transient GatewayService gateways;
    private final transient CertificateGatewayService certificateGateways;
    private final transient GatewayFleet fleet;
    private final transient FleetSettings settings;
    private final List<String> administered;
    private final List<String> visible;
    private final Grid<GatewayView> grid = new Grid<>();
    private final ComboBox<String> domainFilter = new ComboBox<>();
    private final TextField search = new TextField();

    @Inject
    public FleetView(GatewayService gateways, CertificateGatewayService certificateGateways, GatewayFleet fleet,
            FleetSettings settings, LocalDomainService localDomains) {
        this.gateways = gateways;
        this.certificateGateways = certificateGateways;
        this.fleet = fleet;
        this.settings = settings;
        Operator operator = ConsoleSession.operator();
        this.administered = localDomains.allNames().stream()
                .filter(name -> AccessPolicy.canAdministerDomain(operator, name)).toList();
        // Security officers see every domain's fleet without administering any: filter by what may be seen.
        Set<String> scope = AccessPolicy.visibleLocalDomains(operator);
        this.visible = localDomains.allNames().stream().filter(name -> scope == null || scope.contains(name)).toList();
        addClassName("list-view");
        setSizeFull();
        configureGrid();
        add(toolbar(), grid);
    }

    private void configureGrid() {
        grid.setId("gateway-grid");
        grid.setSizeFull();
        grid.addColumn(GatewayView::name).setHeader("Gateway").setFlexGrow(1).setTooltipGenerator(GatewayView::name);
        grid.addColumn(GatewayView::localDomain).setHeader("Local domain").setFlexGrow(2)
                .setTooltipGenerator(GatewayView::localDomain);
        grid.addComponentColumn(this::state).setHeader("State").setFlexGrow(0).setWidth("8rem");
        grid.addColumn(FleetCells::applied).setHeader("Applied serial").setFlexGrow(0).setWidth("9rem");
        grid.addColumn(FleetCells::lag).setHeader("Lag").setFlexGrow(0).setWidth("11rem");
        grid.addColumn(FleetCells::lastSeen).setHeader("Last seen").setFlexGrow(0).setWidth("14rem");
        grid.addColumn(FleetCells::lastRejection).setHeader("Last rejection").setFlexGrow(2)
                .setTooltipGenerator(FleetCells::lastRejection);
        grid.setItems(this::fetch, this::count);
        grid.setEmptyStateText(emptyStateText());
        grid.addItemClickListener(click -> new GatewayActions(gateways, certificateGateways, click.getItem(),
                this::refresh).open());
    }

    private Component state(GatewayView gateway) {
        Span state = new Span(FleetCells.state(gateway));
        state.addClassName("gateway-state");
        state.addClassName("gateway-state-" + FleetCells.state(gateway).toLowerCase(Locale.ROOT));
        return state;
    }

    private HorizontalLayout toolbar() {
        domainFilter.setId("gateway-domain-filter");
        domainFilter.setPlaceholder("All local domains");
        domainFilter.setClearButtonVisible(true);
        domainFilter.setItems(visible);
        domainFilter.addValueChangeListener(change -> refresh());
        SearchFields.configure(search, "gateway-search", "Search by name", typed -> refresh());
        Button register = new Button("Register gateway", VaadinIcon.PLUS.create(), click -> openRegistration());
        register.setId("register-gateway");
        register.addThemeVariants(ButtonVariant.PRIMARY);
        register.setVisible(!administered.isEmpty());
        Button reload = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        reload.setId("gateway-refresh");
        Span threshold = new Span("Silent after " + settings.silence().toSeconds() + " s without contact");
        threshold.addClassName("gateway-threshold");
        HorizontalLayout toolbar = new HorizontalLayout(domainFilter, search, register, reload, threshold);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    private void openRegistration() {
        RegistrationForm form = new RegistrationForm(administered);
        Dialog dialog = new Dialog(form);
        dialog.setId("gateway-registration");
        dialog.setHeaderTitle("Register gateway");
        Button save = new Button("Register", click -> {
            var missing = form.missing();
            if (missing.isPresent()) {
                UserFeedback.error(missing.get());
                return;
            }
            if (form.withCertificate() ? registerWithCertificate(form) : registerWithToken(form)) {
                dialog.close();
                refresh();
            }
        });
        save.setId("gateway-register-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button("Cancel", click -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private boolean registerWithToken(RegistrationForm form) {
        IssuedToken[] issued = new IssuedToken[1];
        boolean registered = UserFeedback.attempt(() -> issued[0] = gateways.register(ConsoleSession.operator(),
                form.localDomain.getValue(), form.name.getValue()), form, null);
        if (registered) {
            new TokenDialog(issued[0]).open();
        }
        return registered;
    }

    private boolean registerWithCertificate(RegistrationForm form) {
        CertifiedGateway[] certified = new CertifiedGateway[1];
        boolean registered = UserFeedback.attempt(() -> certified[0] = certificateGateways.register(
                ConsoleSession.operator(), form.localDomain.getValue(), form.name.getValue(),
                CsrField.bytes(form.csr), form.validityDays.getValue()), form, null);
        if (registered) {
            new CertificateDialog(certified[0]).open();
        }
        return registered;
    }

    private void refresh() {
        grid.setEmptyStateText(emptyStateText());
        grid.getDataProvider().refreshAll();
    }

    private String emptyStateText() {
        if (visible.isEmpty()) {
            return "No gateways you may see; gateways belong to local domains you administer.";
        }
        if (!search.isEmpty()) {
            return "No gateway's name contains “" + search.getValue() + "”.";
        }
        if (!domainFilter.isEmpty()) {
            return "No gateways in " + domainFilter.getValue() + " yet.";
        }
        return administered.isEmpty() ? "No gateways registered yet."
                : "No gateways yet — register one with “Register gateway”.";
    }

    private Stream<GatewayView> fetch(Query<GatewayView, Void> query) {
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL, (offset, limit) -> fleet
                .list(ConsoleSession.operator(), domainFilter.getValue(), search.getValue(), offset, limit,
                        settings.silence()).items()).stream();
    }

    private int count(Query<GatewayView, Void> query) {
        return (int) fleet.list(ConsoleSession.operator(), domainFilter.getValue(), search.getValue(), 0, 1,
                settings.silence()).total();
    }
}
