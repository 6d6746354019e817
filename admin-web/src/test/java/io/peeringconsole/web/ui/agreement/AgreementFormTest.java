package io.peeringconsole.web.ui.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import io.peeringconsole.agreement.application.AgreementCommand;
import io.peeringconsole.agreement.domain.ListKind;
import io.peeringconsole.agreement.domain.PresenceListLimits;
import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.agreement.domain.ServiceGrant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The draft form and the reason dialog as plain objects: what they fire, what they refuse, where errors go. */
class AgreementFormTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private static final PeerOption PEER = new PeerOption(7, "Example Peer");

    private AgreementForm form;
    private final List<AgreementForm.SaveEvent> saved = new ArrayList<>();

    @BeforeEach
    void newForm() {
        UI.setCurrent(ui);
        form = new AgreementForm();
        form.addSaveListener(saved::add);
        form.offerLocalDomains(List.of("example.com"));
        form.peer.setItems(List.of(PEER));
        form.edit(AgreementFormData.blank("example.com", LocalDate.parse("2026-06-01")));
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void firesSaveWithTheServicesAndLimitsOfEachDirection() {
        form.peer.setValue(PEER);
        form.inbound.services.setValue(Set.of(Service.PRESENCE, Service.PRESENCE_LIST));
        form.inbound.listKinds.setValue(Set.of(ListKind.PERSONAL));
        form.inbound.maxListSize.setValue(50);
        form.outbound.services.setValue(Set.of(Service.PAGER_IM));
        form.outbound.messagesPerSecond.setValue(20);

        form.save.click();

        assertEquals(1, saved.size());
        AgreementCommand command = saved.getFirst().data().toCommand();
        assertEquals(7, command.peerNetworkId());
        assertEquals(ServiceGrant.of(Service.PRESENCE, Service.PRESENCE_LIST)
                .withPresenceList(new PresenceListLimits(Set.of(ListKind.PERSONAL), 50)), command.terms().inbound());
        assertEquals(20, command.terms().outbound().messageRate().messagesPerSecond());
    }

    @Test
    void withoutAPeerNothingIsFired() {
        form.save.click();
        assertTrue(saved.isEmpty());
        assertTrue(form.peer.isInvalid());
    }

    @Test
    void aLimitsFieldIsShownOnlyWhileItsServiceIsTicked() {
        assertFalse(form.inbound.maxSessions.isVisible());
        form.inbound.services.setValue(Set.of(Service.SESSION_IM));
        assertTrue(form.inbound.maxSessions.isVisible());
        assertFalse(form.inbound.maxFileSize.isVisible());
        assertEquals("Document sharing (non-standard)", GrantFields.label(Service.DOCUMENT_SHARING));
    }

    @Test
    void aViolationIsShownAtTheFieldOfItsDirection() {
        assertTrue(form.showFieldError("outbound.maxListSize", "too big"));
        assertTrue(form.outbound.maxListSize.isInvalid());
        assertFalse(form.inbound.maxListSize.isInvalid());
        assertEquals("too big", form.outbound.maxListSize.getErrorMessage());
        assertTrue(form.showFieldError("validUntil", "before the start"));
        assertTrue(form.validUntil.isInvalid());
        assertFalse(form.showFieldError("status", "not a field"));
    }

    @Test
    void aSavedDraftKeepsItsPartiesAndAReadOnlyFormOffersNoSave() {
        form.setEditable(false);
        assertFalse(form.save.isVisible());
        assertTrue(form.inbound.services.isReadOnly());
    }

    @Test
    void theReasonDialogRefusesABlankReasonAndPassesAGivenOne() {
        List<String> reasons = new ArrayList<>();
        StatusChangeDialog dialog = new StatusChangeDialog("Suspend agreement?", "Why", List.of("Presence stops."),
                "Suspend", true, reasons::add);
        assertTrue(dialog.impact.isVisible());
        dialog.reason.setValue("   ");
        dialog.confirm.click();
        assertTrue(dialog.reason.isInvalid());
        assertTrue(reasons.isEmpty());
        dialog.reason.setValue("  Maintenance ");
        dialog.confirm.click();
        assertEquals(List.of("Maintenance"), reasons);
        assertFalse(new StatusChangeDialog("Reject?", "Why", List.of(), "Reject", false, reasons::add).impact
                .isVisible(), "a rejection stops nothing, so there is no impact to show");
    }
}
