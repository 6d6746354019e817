package io.peeringconsole.web.ui.trust;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.peeringconsole.trust.application.ExpiringView;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.support.Formats;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Certificates and anchors that expire soon or have expired, soonest first, each leading to the trust page where
 * its replacement is imported. Expiry is what silently breaks federation, so this list is open to every role.
 */
@Route(value = "expiring", layout = MainLayout.class)
@PageTitle("Expiring certificates")
@RouteScoped
public class ExpiringCertificatesView extends VerticalLayout {

    /** The two warning windows the issue sets: a month to plan, a week to act. */
    static final List<Integer> WINDOWS = List.of(30, 7);

    private final transient PeerTrustService trust;
    private final Clock clock = Clock.systemUTC();
    private final RadioButtonGroup<Integer> window = new RadioButtonGroup<>("Expiring within");
    private final Grid<ExpiringView> grid = new Grid<>();

    @Inject
    public ExpiringCertificatesView(PeerTrustService trust) {
        this.trust = trust;
        addClassName("list-view");
        setSizeFull();
        configureWindow();
        configureGrid();
        add(window, grid);
        refresh();
    }

    private void configureWindow() {
        window.setId("expiring-window");
        window.setItems(WINDOWS);
        window.setItemLabelGenerator(days -> days + " days");
        window.setValue(WINDOWS.getFirst());
        window.addValueChangeListener(change -> refresh());
    }

    private void configureGrid() {
        grid.setId("expiring-grid");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addComponentColumn(row -> TrustBadges.expiryTone(row.level())
                .badge(TrustBadges.expiryLabel(row.level(), row.daysLeft()))).setHeader("Status").setAutoWidth(true);
        grid.addColumn(row -> Formats.time(row.certificate().notAfter())).setHeader("Valid until").setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(row -> CertificateText.commonName(row.certificate())).setHeader("Certificate").setFlexGrow(2)
                .setResizable(true).setPartNameGenerator(row -> "trust-wrap");
        grid.addColumn(row -> CertificateText.purpose(row.certificate())).setHeader("Kind").setAutoWidth(true);
        grid.addComponentColumn(ExpiringCertificatesView::owner).setHeader("Peer network").setFlexGrow(2)
                .setPartNameGenerator(row -> "trust-wrap");
        grid.addColumn(row -> row.certificate().sha256Fingerprint()).setHeader("SHA-256 fingerprint")
                .setWidth("15rem").setFlexGrow(1).setPartNameGenerator(row -> "trust-digest");
        grid.addColumn(ExpiringView::daysLeft).setHeader("Days left").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    /** A peer's certificate links to that peer's trust page; a global anchor to the anchors page. */
    private static Component owner(ExpiringView row) {
        if (row.peerNetworkId() == null) {
            return new RouterLink("Global anchor", TrustAnchorsView.class);
        }
        String name = row.peerDisplayName() == null ? "peer network #" + row.peerNetworkId() : row.peerDisplayName();
        RouterLink link = new RouterLink(PeerCertificatesView.class, PeerCertificatesView.of(row.peerNetworkId()));
        link.add(new Span(name));
        return link;
    }

    private void refresh() {
        int days = window.getValue() == null ? WINDOWS.getFirst() : window.getValue();
        List<ExpiringView> rows = trust.expiring(clock.instant(), days).stream()
                .sorted(Comparator.comparing(row -> row.certificate().notAfter()))
                .toList();
        grid.setItems(rows);
        grid.setEmptyStateText("Nothing expires within " + days + " days.");
    }
}
