package io.peeringconsole.web.ui.agreement;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.agreement.application.AgreementService;
import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.audit.application.AuditQueries;
import io.peeringconsole.registry.application.PeerRegistry;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One agreement: its terms (editable while a draft), the live activation checklist, the lifecycle buttons this
 * operator is entitled to, the approvals so far and the history. Everything is read afresh after each change, since
 * others may act on the same agreement at the same time.
 */
@Route(value = "agreements/:" + AgreementPage.ID + "(\\d+)", layout = MainLayout.class)
@PageTitle("Peering agreement")
@RequiresRole({Role.ADMIN, Role.DOMAIN_ADMIN, Role.SECURITY_OFFICER})
@RouteScoped
public class AgreementPage extends VerticalLayout implements BeforeEnterObserver {

    static final String ID = "id";

    private final transient AgreementService agreements;
    private final transient PeerRegistry registry;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Paragraph statusLine = new Paragraph();
    private final AgreementForm form = new AgreementForm();
    private final ChecklistPanel checklist = new ChecklistPanel();
    private final AgreementActionBar actions;
    private final ApprovalsPanel approvals = new ApprovalsPanel();
    private final AgreementHistory history;
    private transient AgreementView shown;

    @Inject
    public AgreementPage(AgreementService agreements, PeerRegistry registry, AuditQueries audit) {
        this.agreements = agreements;
        this.registry = registry;
        this.actions = new AgreementActionBar(agreements, this::show, this::reload);
        this.history = new AgreementHistory(audit, AccessPolicy.visibleAuditDomains(ConsoleSession.operator()));
        addClassName("agreement-page");
        title.setId("agreement-title");
        status.setId("agreement-status");
        statusLine.setId("agreement-status-line");
        new PeerChoices(registry).offerTo(form);
        form.addSaveListener(this::save);
        add(title, status, statusLine, actions, new H3("Activation checklist"), checklist, new H3("Approvals"),
                approvals, new H3("Terms"), form, new H3("History"), history);
        history.setVisible(AccessPolicy.canReadAudit(ConsoleSession.operator()));
    }

    public static RouteParameters of(long agreementId) {
        return new RouteParameters(ID, String.valueOf(agreementId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AgreementView> found = event.getRouteParameters().getLong(ID)
                .flatMap(id -> agreements.find(ConsoleSession.operator(), id));
        if (found.isEmpty()) {
            UserFeedback.error("There is no such peering agreement that you may see; it may belong to a local domain"
                    + " you do not administer. Choose one from the list.");
            event.forwardTo(AgreementsView.class);
            return;
        }
        history.show(found.get().id());
        show(found.get());
    }

    private void show(AgreementView agreement) {
        shown = agreement;
        Operator op = ConsoleSession.operator();
        AgreementRights rights = AgreementRights.of(agreement, op);
        title.setText("Agreement " + agreement.localDomain() + " ↔ " + agreement.peerDisplayName());
        status.setText(Formats.label(agreement.status()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(StatusBadge.theme(agreement.status()));
        statusLine.setText(StatusBadge.describe(agreement));
        // The parties of a saved agreement are fixed: its own local domain is the only one to offer.
        form.offerLocalDomains(List.of(agreement.localDomain()));
        form.edit(AgreementFormData.of(agreement, clearingHouse(agreement)));
        form.setEditable(rights.mayEdit());
        actions.show(agreement, rights);
        approvals.show(agreement);
        refreshChecklist(agreement);
        history.refresh();
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshApprovals();
        }
    }

    private void refreshChecklist(AgreementView agreement) {
        if (agreement.status().isFinal()) {
            checklist.showUnavailable("This agreement is " + Formats.label(agreement.status()).toLowerCase(Locale.ROOT)
                    + "; there is nothing left to activate.");
            return;
        }
        UserFeedback.attempt(() -> checklist.show(agreements.checklist(ConsoleSession.operator(), agreement.id())));
    }

    private PeerOption clearingHouse(AgreementView agreement) {
        Long id = agreement.route().clearingHouseId();
        return id == null ? null : registry.find(id).map(PeerOption::of).orElse(new PeerOption(id, null));
    }

    private void save(AgreementForm.SaveEvent event) {
        AgreementFormData data = event.data();
        AgreementView[] saved = new AgreementView[1];
        if (UserFeedback.attempt(() -> saved[0] = agreements.revise(ConsoleSession.operator(), data.getId(),
                data.getVersion(), data.clearingHouseId(), data.toTerms()), form::showFieldError, this::reload)) {
            UserFeedback.success("Saved the draft; the checklist shows what activation still needs.");
            show(saved[0]);
        }
    }

    /** After a conflict: start again from what is stored now. */
    private void reload() {
        agreements.find(ConsoleSession.operator(), shown.id()).ifPresentOrElse(this::show,
                () -> UserFeedback.error("This agreement is no longer there for you."));
    }
}
