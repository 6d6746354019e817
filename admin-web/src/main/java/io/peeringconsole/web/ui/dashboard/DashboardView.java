package io.peeringconsole.web.ui.dashboard;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.audit.alert.Alert;
import io.peeringconsole.web.infrastructure.audit.AuditWatch;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.List;

/** What needs attention now, and whether the trail is reaching the SIEM. */
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard")
@RequiresRole({Role.ADMIN, Role.SECURITY_OFFICER})
@RouteScoped
public class DashboardView extends VerticalLayout {

    private final transient AuditWatch watch;
    private final Div alerts = new Div();
    private final Div forwarding = new Div();

    @Inject
    public DashboardView(AuditWatch watch) {
        this.watch = watch;
        addClassName("dashboard-view");
        alerts.setId("dashboard-alerts");
        alerts.setWidthFull();
        forwarding.setWidthFull();
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("dashboard-refresh");
        add(new H3("Alerts"), alerts, refresh, new H3("Audit forwarding"), forwarding);
        refresh();
    }

    private void refresh() {
        UserFeedback.attempt(() -> {
            showAlerts(watch.alerts());
            forwarding.removeAll();
            forwarding.add(new ForwardingPanel(watch.settings(), watch.forwarding()));
        });
    }

    private void showAlerts(List<Alert> current) {
        alerts.removeAll();
        if (current.isEmpty()) {
            Span none = new Span("No alerts: no repeated failed logins, the last verification found the trail intact"
                    + " (or none has run yet), and forwarding is keeping up.");
            none.setId("dashboard-no-alerts");
            alerts.add(none);
            return;
        }
        current.forEach(alert -> alerts.add(new AlertCard(alert)));
    }
}
