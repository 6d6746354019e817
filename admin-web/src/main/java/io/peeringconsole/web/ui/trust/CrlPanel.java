package io.peeringconsole.web.ui.trust;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.peeringconsole.trust.application.CrlView;
import io.peeringconsole.web.ui.support.Formats;
import java.util.List;

/**
 * The imported certificate revocation lists, each with whether it is stale: a stale CRL makes every verdict that
 * relies on it fail, so the badge tells the operator to fetch a newer one.
 */
class CrlPanel extends VerticalLayout {

    static final String[] CRL_FILES = {".crl", ".pem", ".der"};

    final TrustImportPanel importPanel = new TrustImportPanel("crl", "a CRL", CRL_FILES);
    private final Grid<CrlView> grid = new Grid<>();

    CrlPanel() {
        addClassName("trust-crls");
        setPadding(false);
        grid.setId("trust-crls");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No CRL imported: revocation is not checked.");
        grid.addColumn(CrlView::issuer).setHeader("Issuer").setFlexGrow(3).setResizable(true);
        grid.addColumn(crl -> Formats.time(crl.thisUpdate())).setHeader("This update").setAutoWidth(true);
        grid.addColumn(crl -> crl.nextUpdate() == null ? "none given" : Formats.time(crl.nextUpdate()))
                .setHeader("Next update").setAutoWidth(true);
        grid.addColumn(CrlView::revokedCount).setHeader("Revoked").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(crl -> TrustBadges.crlTone(crl.stale()).badge(TrustBadges.crlLabel(crl.stale())))
                .setHeader("Status").setAutoWidth(true);
        add(grid, importPanel);
    }

    void show(List<CrlView> crls) {
        grid.setItems(crls);
    }

    void setEditable(boolean editable) {
        importPanel.setEditable(editable);
    }
}
