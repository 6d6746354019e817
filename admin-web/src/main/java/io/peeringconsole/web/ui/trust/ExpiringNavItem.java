package io.peeringconsole.web.ui.trust;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.peeringconsole.trust.application.PeerTrustService;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The navigation entry to the expiry list, carrying how many certificates need attention: "Expiring (3)". */
public class ExpiringNavItem extends SideNavItem {

    private static final Logger LOG = Logger.getLogger(ExpiringNavItem.class.getName());
    private static final String LABEL = "Expiring";

    private final transient PeerTrustService trust;
    private final Clock clock;

    public ExpiringNavItem(PeerTrustService trust) {
        this(trust, Clock.systemUTC());
    }

    ExpiringNavItem(PeerTrustService trust, Clock clock) {
        super(LABEL, ExpiringCertificatesView.class, VaadinIcon.HOURGLASS.create());
        this.trust = trust;
        this.clock = clock;
        setId("nav-expiring");
    }

    /**
     * Counts afresh. A failure here must not stop the navigation that asked for it, and there is no action of the
     * user's to report it against, so it is logged and the count left out.
     */
    public void refresh() {
        try {
            setLabel(label(trust.countExpiring(clock.instant(), ExpiringCertificatesView.WINDOWS.getFirst())));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not count the certificates that expire soon", failure);
            setLabel(LABEL);
        }
    }

    static String label(long count) {
        return count == 0 ? LABEL : LABEL + " (" + count + ")";
    }
}
