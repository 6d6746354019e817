package io.peeringconsole.web.ui.agreement;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.agreement.domain.ApprovalCapacity;
import io.peeringconsole.web.ui.support.Formats;
import java.util.List;
import java.util.stream.Collectors;

/** Who proposed the agreement, who approved it so far and in which capacity, and whose approval is missing. */
class ApprovalsPanel extends Div {

    ApprovalsPanel() {
        setId("agreement-approvals");
        addClassName("agreement-approvals");
    }

    void show(AgreementView agreement) {
        removeAll();
        if (agreement.proposedBy() == null) {
            add(new Paragraph("Not submitted yet: approvals are collected once the draft is submitted."));
            return;
        }
        add(new Paragraph("Proposed by " + agreement.proposedBy() + (agreement.requiresSecurityApproval()
                ? "; needs a domain approval and a security officer's approval." : "; needs a domain approval.")));
        UnorderedList given = new UnorderedList();
        agreement.approvals().forEach(a -> given.add(new ListItem(a.approver() + " approved as "
                + capacity(a.capacity()) + " at " + Formats.time(a.approvedAt()))));
        if (agreement.approvals().isEmpty()) {
            given.add(new ListItem("No approval yet."));
        }
        add(given);
        if (!agreement.outstandingApprovals().isEmpty()) {
            add(new Paragraph("Still missing: " + missing(agreement.outstandingApprovals()) + "."));
        }
    }

    static String capacity(ApprovalCapacity capacity) {
        return capacity == ApprovalCapacity.SECURITY ? "security officer" : "domain administrator";
    }

    private static String missing(List<ApprovalCapacity> outstanding) {
        return outstanding.stream().map(c -> "an approval as " + capacity(c)).collect(Collectors.joining(" and "));
    }
}
