package io.peeringconsole.web.ui;

import com.vaadin.cdi.annotation.UIScoped;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.agreement.application.ApprovalInbox;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.web.ui.account.AccountsView;
import io.peeringconsole.web.ui.agreement.AgreementsView;
import io.peeringconsole.web.ui.agreement.ApprovalInboxView;
import io.peeringconsole.web.ui.agreement.InboxNavItem;
import io.peeringconsole.web.ui.audit.AuditTrailView;
import io.peeringconsole.web.ui.dashboard.DashboardView;
import io.peeringconsole.web.ui.gateway.FleetView;
import io.peeringconsole.web.ui.localdomain.LocalDomainsView;
import io.peeringconsole.web.ui.peer.PeerNetworksView;
import io.peeringconsole.web.ui.privacy.PrivacyPreviewView;
import io.peeringconsole.web.ui.privacy.PrivacySharingView;
import io.peeringconsole.web.ui.publicgroup.PublicGroupsView;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.ViewAccess;
import io.peeringconsole.web.ui.snapshot.SnapshotsView;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.trust.ExpiringCertificatesView;
import io.peeringconsole.web.ui.trust.ExpiringNavItem;
import io.peeringconsole.web.ui.trust.TrustAnchorsView;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The frame around every signed-in view: navigation limited to what the operator's roles allow, who is signed in,
 * and signing out. Both are brought up to date on each navigation, since roles can change during a session.
 */
@UIScoped
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Map<Class<? extends Component>, SideNavItem> items = new LinkedHashMap<>();
    private final Span signedIn = new Span();
    private final ExpiringNavItem expiring;
    private final InboxNavItem approvals;

    @Inject
    public MainLayout(PeerTrustService trust, ApprovalInbox inbox) {
        this.expiring = new ExpiringNavItem(trust);
        this.approvals = new InboxNavItem(inbox);
        configureHeader();
        configureNavigation();
    }

    private void configureHeader() {
        Span title = new Span("Peering Console");
        title.addClassName("console-title");
        signedIn.setId("signed-in");
        signedIn.addClassName("console-signed-in");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> ConsoleSession.signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, signedIn, signOut);
        header.addClassName("console-header");
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        addToNavbar(header);
    }

    private void configureNavigation() {
        item("Dashboard", DashboardView.class, VaadinIcon.DASHBOARD);
        item("Peer networks", PeerNetworksView.class, VaadinIcon.CONNECT);
        item("Trust anchors", TrustAnchorsView.class, VaadinIcon.SHIELD);
        items.put(ExpiringCertificatesView.class, expiring);
        item("Agreements", AgreementsView.class, VaadinIcon.HANDSHAKE);
        items.put(ApprovalInboxView.class, approvals);
        item("Local domains", LocalDomainsView.class, VaadinIcon.HOME);
        item("Public groups", PublicGroupsView.class, VaadinIcon.GROUP);
        item("Privacy sharing", PrivacySharingView.class, VaadinIcon.EYE_SLASH);
        item("Privacy preview", PrivacyPreviewView.class, VaadinIcon.EYE);
        item("Gateways", FleetView.class, VaadinIcon.SERVER);
        item("Snapshots", SnapshotsView.class, VaadinIcon.PACKAGE);
        item("Accounts", AccountsView.class, VaadinIcon.USERS);
        item("Audit trail", AuditTrailView.class, VaadinIcon.RECORDS);
        SideNav nav = new SideNav();
        nav.setId("console-nav");
        items.values().forEach(nav::addItem);
        addToDrawer(nav);
    }

    private void item(String label, Class<? extends Component> view, VaadinIcon icon) {
        items.put(view, new SideNavItem(label, view, icon.create()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        ConsoleSession.current().ifPresent(this::showOperator);
    }

    /** Counts the approval inbox afresh, e.g. after an approval on the page below. */
    public void refreshApprovals() {
        ConsoleSession.current().ifPresent(approvals::refresh);
    }

    private void showOperator(Operator operator) {
        items.forEach((view, item) -> item.setVisible(ViewAccess.allows(view, operator)));
        signedIn.setText(operator.username() + " · " + roles(operator));
        expiring.refresh();
        approvals.refresh(operator);
    }

    private static String roles(Operator operator) {
        return operator.roles().stream()
                .sorted()
                .map(Formats::label)
                .collect(Collectors.joining(", "));
    }
}
