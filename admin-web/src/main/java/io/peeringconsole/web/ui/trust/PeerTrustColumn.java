package io.peeringconsole.web.ui.trust;

import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.web.ui.clearinghouse.HubSettingsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import io.peeringconsole.registry.application.PeerNetworkView;
import io.peeringconsole.trust.application.ExpiringView;
import io.peeringconsole.trust.application.PeerTrustService;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * The peer list's way into trust: a link to each peer's trust page, and a badge on the peers whose certificates
 * expire within 30 days. The expiring ones are read once per {@link #reload()} (one query for the whole list, not
 * one per row), since the list may hold 100k peers but few certificates expire in any month.
 */
public final class PeerTrustColumn {

    private final PeerTrustService trust;
    private final Clock clock;
    private Map<Long, ExpiringView> soonestByPeer = Map.of();

    public PeerTrustColumn(PeerTrustService trust) {
        this(trust, Clock.systemUTC());
    }

    PeerTrustColumn(PeerTrustService trust, Clock clock) {
        this.trust = trust;
        this.clock = clock;
    }

    public void reload() {
        soonestByPeer = soonestByPeer(trust.expiring(clock.instant(), ExpiringCertificatesView.WINDOWS.getFirst()));
    }

    static Map<Long, ExpiringView> soonestByPeer(List<ExpiringView> expiring) {
        BinaryOperator<ExpiringView> sooner = BinaryOperator.minBy(
                Comparator.comparing((ExpiringView row) -> row.certificate().notAfter()));
        return expiring.stream()
                .filter(row -> row.peerNetworkId() != null)
                .collect(Collectors.toUnmodifiableMap(ExpiringView::peerNetworkId, row -> row, sooner));
    }

    public Component render(PeerNetworkView peer) {
        RouterLink link = new RouterLink(PeerCertificatesView.class, PeerCertificatesView.of(peer.id()));
        link.add(VaadinIcon.SHIELD.create());
        link.add("Trust");
        link.addClassName("peer-trust-link");
        HorizontalLayout cell = new HorizontalLayout(link);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.setSpacing(false);
        cell.addClassName("peer-trust-cell");
        if (peer.kind() == PeerKind.CLEARING_HOUSE) {
            RouterLink hub = new RouterLink(HubSettingsView.class, HubSettingsView.of(peer.id()));
            hub.add(VaadinIcon.COG.create());
            hub.add("Hub");
            hub.addClassName("peer-hub-link");
            cell.add(hub);
        }
        ExpiringView soonest = soonestByPeer.get(peer.id());
        if (soonest != null) {
            cell.add(TrustBadges.expiryTone(soonest.level())
                    .badge(TrustBadges.expiryLabel(soonest.level(), soonest.daysLeft())));
        }
        return cell;
    }
}
