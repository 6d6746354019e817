package io.peeringconsole.web.ui.agreement;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.agreement.application.ApprovalInbox;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.Paging;
import jakarta.inject.Inject;
import java.util.stream.Stream;

/**
 * The agreements waiting for this operator's approval, longest waiting first: for a domain administrator those of
 * their local domains that someone else proposed, for a security officer those that lack a security approval.
 */
@Route(value = "approval-inbox", layout = MainLayout.class)
@PageTitle("Approval inbox")
@RequiresRole({Role.ADMIN, Role.DOMAIN_ADMIN, Role.SECURITY_OFFICER})
@RouteScoped
public class ApprovalInboxView extends VerticalLayout {

    private static final int MAX_PER_CALL = 500;

    private final transient ApprovalInbox inbox;
    private final Grid<AgreementView> grid = new Grid<>();

    @Inject
    public ApprovalInboxView(ApprovalInbox inbox) {
        this.inbox = inbox;
        addClassName("list-view");
        setSizeFull();
        grid.setId("inbox-grid");
        grid.setSizeFull();
        grid.addColumn(AgreementView::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgreementView::localDomain).setHeader("Local domain");
        grid.addColumn(AgreementView::peerDisplayName).setHeader("Peer network").setFlexGrow(2);
        grid.addColumn(AgreementView::proposedBy).setHeader("Proposed by");
        grid.addColumn(a -> a.outstandingApprovals().stream().map(ApprovalsPanel::capacity).toList().toString())
                .setHeader("Missing approvals");
        grid.addColumn(a -> Formats.time(a.statusChangedAt())).setHeader("Waiting since").setAutoWidth(true);
        grid.setItems(this::fetch, this::count);
        grid.setEmptyStateText("Nothing waits for your approval.");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(AgreementPage.class,
                AgreementPage.of(click.getItem().id()))));
        Paragraph help = new Paragraph("Agreements you may approve now: submitted by someone else, in a capacity you"
                + " hold. Open one to read its checklist and approve or reject it.");
        help.addClassName("agreement-help");
        add(help, grid);
    }

    private Stream<AgreementView> fetch(Query<AgreementView, Void> query) {
        return Paging.fetch(query.getOffset(), query.getLimit(), MAX_PER_CALL,
                (offset, limit) -> inbox.page(ConsoleSession.operator(), offset, limit).items()).stream();
    }

    private int count(Query<AgreementView, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, inbox.count(ConsoleSession.operator()));
    }
}
