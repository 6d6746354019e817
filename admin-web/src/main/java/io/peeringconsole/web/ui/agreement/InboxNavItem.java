package io.peeringconsole.web.ui.agreement;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.agreement.application.ApprovalInbox;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The navigation entry to the approval inbox, carrying how many agreements wait for this operator: "Approvals (2)". */
public class InboxNavItem extends SideNavItem {

    private static final Logger LOG = Logger.getLogger(InboxNavItem.class.getName());
    static final String LABEL = "Approvals";

    private final transient ApprovalInbox inbox;

    public InboxNavItem(ApprovalInbox inbox) {
        super(LABEL, ApprovalInboxView.class, VaadinIcon.INBOX.create());
        this.inbox = inbox;
        setId("nav-approvals");
    }

    /**
     * Counts afresh (one count query). A failure must not stop the navigation that asked for it, so it is logged
     * and the count left out.
     */
    public void refresh(Operator operator) {
        try {
            setLabel(label(inbox.count(operator)));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not count the agreements waiting for approval", failure);
            setLabel(LABEL);
        }
    }

    static String label(long count) {
        return count == 0 ? LABEL : LABEL + " (" + count + ")";
    }
}
