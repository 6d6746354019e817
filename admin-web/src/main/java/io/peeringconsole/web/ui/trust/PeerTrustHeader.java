package io.peeringconsole.web.ui.trust;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import io.peeringconsole.registry.application.PeerNetworkView;
import io.peeringconsole.web.ui.peer.PeerNetworksView;
import io.peeringconsole.web.ui.support.Formats;

/** Whose trust the page shows: the peer's name, kind and domains, and the way back to the list. */
class PeerTrustHeader extends VerticalLayout {

    private final H2 name = new H2();
    private final Span kind = new Span();
    private final Span domains = new Span();

    PeerTrustHeader() {
        addClassName("trust-header");
        setPadding(false);
        setSpacing(false);
        name.setId("trust-peer-name");
        domains.setId("trust-peer-domains");
        domains.addClassName("trust-peer-domains");
        kind.addClassName("trust-peer-kind");
        RouterLink back = new RouterLink("Peer networks", PeerNetworksView.class);
        back.addClassName("trust-back");
        HorizontalLayout title = new HorizontalLayout(VaadinIcon.ANGLE_LEFT.create(), back);
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        title.setSpacing(false);
        HorizontalLayout facts = new HorizontalLayout(kind, domains);
        facts.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, name, facts);
    }

    void show(PeerNetworkView peer) {
        name.setText("Trust of " + peer.displayName());
        kind.setText(Formats.label(peer.kind()));
        domains.setText(Formats.count(peer.domains().size(), "domain", "domains") + ": "
                + Formats.joined(peer.domains()));
    }
}
