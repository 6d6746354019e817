package io.peeringconsole.web.ui.trust;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import jakarta.inject.Inject;

/**
 * The anchors every peer's chain may end at, and the CRLs checked against. Everyone may read them; only
 * administrators and security officers change them, since an anchor vouches for whole peer networks at once.
 */
@Route(value = "trust-anchors", layout = MainLayout.class)
@PageTitle("Trust anchors")
@RouteScoped
public class TrustAnchorsView extends VerticalLayout {

    private final transient PeerTrustService trust;
    private final transient TrustActions actions;
    private final CertificateGrid anchors = new CertificateGrid("trust-anchors");
    private final TrustImportPanel anchorImport =
            new TrustImportPanel("anchor", "a CA certificate", PeerCertificatesView.CERTIFICATE_FILES);
    private final CrlPanel crls = new CrlPanel();

    @Inject
    public TrustAnchorsView(PeerTrustService trust) {
        this.trust = trust;
        this.actions = new TrustActions(trust);
        addClassName("trust-view");
        configureAnchors();
        crls.importPanel.addImportListener(event -> actions.importCrl(event, this::refresh));
        add(new H3("Global trust anchors"), help(), anchors, anchorImport, new H3("Certificate revocation lists"),
                crls);
        applyRights();
        refresh();
    }

    private void configureAnchors() {
        anchors.setEmptyStateText("No global anchor: peers are trusted only through their own anchors or pins.");
        anchorImport.addImportListener(event -> actions.importAnchors(null, event, this::refresh));
        anchors.offerRemoval(anchor -> true, anchor -> actions.confirmRemove(anchor, this::refresh));
    }

    private static Paragraph help() {
        Paragraph help = new Paragraph("A peer's chain is trusted when it ends at one of these CA certificates."
                + " Anchors for a single peer are kept on that peer's trust page.");
        help.addClassName("trust-help");
        return help;
    }

    private void applyRights() {
        boolean mayChange = TrustRights.mayManageAnchors(ConsoleSession.operator());
        anchorImport.setEditable(mayChange);
        crls.setEditable(mayChange);
        if (!mayChange) {
            anchors.withholdRemoval();
        }
    }

    private void refresh() {
        anchors.show(trust.listAnchors(null));
        crls.show(trust.listCrls());
    }
}
