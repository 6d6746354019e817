package io.peeringconsole.web.ui.agreement;

import com.vaadin.cdi.annotation.RouteScoped;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.agreement.application.AgreementService;
import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.registry.application.LocalDomainService;
import io.peeringconsole.registry.application.PeerRegistry;
import io.peeringconsole.web.ui.MainLayout;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.session.RequiresRole;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Drafting a new agreement, for a local domain the operator administers; saved, it opens on its own page. */
@Route(value = "agreements/new", layout = MainLayout.class)
@PageTitle("New peering agreement")
@RequiresRole({Role.ADMIN, Role.DOMAIN_ADMIN})
@RouteScoped
public class NewAgreementView extends VerticalLayout {

    private final transient AgreementService agreements;
    private final AgreementForm form = new AgreementForm();

    @Inject
    public NewAgreementView(AgreementService agreements, PeerRegistry registry, LocalDomainService localDomains) {
        this.agreements = agreements;
        Operator op = ConsoleSession.operator();
        List<String> domains = op.has(Role.ADMIN) ? localDomains.allNames()
                : op.localDomains().stream().sorted().toList();
        form.offerLocalDomains(domains);
        new PeerChoices(registry).offerTo(form);
        form.edit(AgreementFormData.blank(domains.size() == 1 ? domains.getFirst() : null,
                LocalDate.now(Clock.systemUTC().withZone(ZoneOffset.UTC))));
        form.setEditable(true);
        form.addSaveListener(this::save);
        form.save.setText("Create draft");
        add(new H2("New peering agreement"), new Paragraph("Inbound: what the peer's users may do towards ours."
                + " Outbound: what our users may do towards theirs. A draft can be changed until it is submitted;"
                + " someone other than whoever submits it must approve it."), form);
        if (domains.isEmpty()) {
            UserFeedback.error("There is no local domain you administer yet; an administrator must add one first.");
        }
    }

    private void save(AgreementForm.SaveEvent event) {
        AgreementView[] created = new AgreementView[1];
        if (UserFeedback.attempt(() -> created[0] = agreements.create(ConsoleSession.operator(),
                event.data().toCommand()), form::showFieldError, null)) {
            UserFeedback.success("Drafted the agreement; check the checklist, then submit it for approval.");
            getUI().ifPresent(ui -> ui.navigate(AgreementPage.class, AgreementPage.of(created[0].id())));
        }
    }
}
