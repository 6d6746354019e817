package io.peeringconsole.web.ui.trust;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.registry.application.PeerNetworkView;
import io.peeringconsole.registry.application.PeerRegistry;
import io.peeringconsole.trust.application.PeerTrustService;
import io.peeringconsole.trust.application.PeerTrustView;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.peer.PeerNetworksView;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * One peer network's trust: a verdict per domain with every reason, the certificates its gateways present, its
 * pins and the anchors in its scope. Linkable, so that a verdict can be sent to a colleague.
 */
@Route(value = "peer-networks/:" + PeerCertificatesView.PEER_ID + "(\\d+)/trust", layout = MainLayout.class)
@PageTitle("Peer trust")
@RouteScoped
public class PeerCertificatesView extends VerticalLayout implements BeforeEnterObserver {

    static final String PEER_ID = "id";
    static final String[] CERTIFICATE_FILES = {".pem", ".crt", ".cer", ".der", ".p7b", ".p7c"};

    private final transient PeerTrustService trust;
    private final transient PeerRegistry registry;
    private final transient TrustActions actions;
    private final Clock clock = Clock.systemUTC();
    private final PeerTrustHeader header = new PeerTrustHeader();
    private final VerdictPanel verdicts = new VerdictPanel();
    private final CertificateGrid certificates = new CertificateGrid("trust-certificates");
    private final TrustImportPanel certificateImport =
            new TrustImportPanel("trust", "a certificate or chain", CERTIFICATE_FILES);
    private final Span certificateCount = new Span();
    private final Button rollover = new Button("Schedule rollover", VaadinIcon.EXCHANGE.create());
    private final RolloverDialog rolloverDialog = new RolloverDialog(clock);
    private final PinsPanel pins = new PinsPanel();
    private final CertificateGrid anchors = new CertificateGrid("trust-peer-anchors").withScopeColumn();
    private final TrustImportPanel anchorImport = new TrustImportPanel("trust-anchor", "a CA certificate",
            CERTIFICATE_FILES);
    private long peerNetworkId;

    @Inject
    public PeerCertificatesView(PeerTrustService trust, PeerRegistry registry) {
        this.trust = trust;
        this.registry = registry;
        this.actions = new TrustActions(trust);
        addClassName("trust-view");
        configureCertificates();
        configurePinsAndAnchors();
        add(header, new H3("Verdicts"), verdicts, certificatesHeading(), certificates, certificateImport,
                new H3("Pins"), pins, new H3("Trust anchors for this peer"), anchorsHelp(), anchors, anchorImport);
        applyRights(ConsoleSession.operator());
    }

    /** Where the trust page of a peer network is, for links and navigation. */
    public static RouteParameters of(long peerNetworkId) {
        return new RouteParameters(PEER_ID, String.valueOf(peerNetworkId));
    }

    private void configureCertificates() {
        certificateCount.setId("trust-certificate-count");
        certificateImport.addImportListener(event -> actions.importCertificates(peerNetworkId, event, this::refresh));
        certificates.offerRemoval(certificate -> true, certificate -> actions.confirmRemove(certificate, this::refresh));
        rollover.setId("trust-rollover");
        rollover.addClickListener(click -> rolloverDialog.open(certificates.shown(),
                certificates.asSingleSelect().getValue()));
        rolloverDialog.addScheduleListener(event -> actions.scheduleRollover(event, this::refresh));
    }

    private HorizontalLayout certificatesHeading() {
        HorizontalLayout heading = new HorizontalLayout(new H3("Certificates"), certificateCount, rollover);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWidthFull();
        heading.expand(certificateCount);
        return heading;
    }

    private void configurePinsAndAnchors() {
        pins.addAddListener(event -> actions.addPin(peerNetworkId, event, this::refresh));
        pins.addRemoveListener(event -> actions.confirmRemovePin(event.pin(), this::refresh));
        anchorImport.addImportListener(event -> actions.importAnchors(peerNetworkId, event, this::refresh));
        anchors.offerRemoval(anchor -> anchor.peerNetworkId() != null,
                anchor -> actions.confirmRemove(anchor, this::refresh));
    }

    private static Paragraph anchorsHelp() {
        Paragraph help = new Paragraph("A chain from this peer must end at one of these. Anchors scoped to this"
                + " peer are trusted for it alone; global anchors (managed under Trust anchors) for every peer.");
        help.addClassName("trust-help");
        return help;
    }

    private void applyRights(Operator operator) {
        boolean mayEdit = TrustRights.mayEditPeerCertificates(operator);
        certificateImport.setEditable(mayEdit);
        rollover.setVisible(mayEdit);
        pins.setEditable(mayEdit);
        if (!mayEdit) {
            certificates.withholdRemoval();
        }
        boolean mayManageAnchors = TrustRights.mayManageAnchors(operator);
        anchorImport.setEditable(mayManageAnchors);
        if (!mayManageAnchors) {
            anchors.withholdRemoval();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PeerNetworkView> peer = event.getRouteParameters().getLong(PEER_ID).flatMap(registry::find);
        if (peer.isEmpty()) {
            UserFeedback.error("There is no such peer network; it may have been deleted. Choose one from the list.");
            event.forwardTo(PeerNetworksView.class);
            return;
        }
        peerNetworkId = peer.get().id();
        header.show(peer.get());
        refresh();
    }

    /** Reads everything afresh: a verdict depends on all of it, and others may have changed any part. */
    private void refresh() {
        PeerTrustView view = trust.trustOf(peerNetworkId, clock.instant());
        verdicts.show(view.verdicts());
        certificates.show(view.certificates());
        certificateCount.setText(Formats.count(view.certificates().size(), "certificate", "certificates"));
        rollover.setEnabled(view.certificates().size() >= 2);
        pins.show(view.pins());
        anchors.show(view.anchors());
    }
}
