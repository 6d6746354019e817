package io.peeringconsole.web.ui.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import io.peeringconsole.registry.application.PeerNetworkCommand;
import io.peeringconsole.registry.application.PeerNetworkView;
import io.peeringconsole.registry.domain.Contact;
import io.peeringconsole.registry.domain.PeerKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeerNetworkFormTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private static final ClearingHouseOption HUB = new ClearingHouseOption(7, "Hub One");

    private PeerNetworkForm form;
    private final List<PeerNetworkForm.SaveEvent> saved = new ArrayList<>();
    private final List<PeerNetworkForm.DeleteEvent> deleted = new ArrayList<>();

    @BeforeEach
    void newForm() {
        UI.setCurrent(ui);
        form = new PeerNetworkForm();
        form.addSaveListener(saved::add);
        form.addDeleteListener(deleted::add);
        form.setClearingHouses(List.of(HUB));
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void firesSaveWithTheParsedCommand() {
        form.edit(PeerNetworkFormData.blank());
        form.displayName.setValue("  Example Networks ");
        form.domains.setValue("example.net\nim.example.net\n");
        form.contacts.setValue("Jane Doe <jane@example.net> +1 555 0100 (NOC)");
        form.clearingHouse.setValue(HUB);
        form.notes.setValue("met at the IETF");

        form.save.click();

        assertEquals(1, saved.size());
        PeerNetworkCommand command = saved.getFirst().command();
        assertEquals("Example Networks", command.displayName());
        assertEquals(PeerKind.PEER_NETWORK, command.kind());
        assertEquals(List.of("example.net", "im.example.net"), command.domains());
        assertEquals(List.of(new Contact("Jane Doe", "jane@example.net", "+1 555 0100", "NOC")), command.contacts());
        assertEquals(7L, command.clearingHouseId());
        assertEquals("met at the IETF", command.notes());
        assertTrue(saved.getFirst().data().isNew());
    }

    @Test
    void aClearingHouseIsNotReachedThroughAnother() {
        form.edit(PeerNetworkFormData.blank());
        form.displayName.setValue("Hub Two");
        form.domains.setValue("hub2.example");
        form.clearingHouse.setValue(HUB);
        form.kind.setValue(PeerKind.CLEARING_HOUSE);

        form.save.click();

        assertFalse(form.clearingHouse.isVisible());
        assertNull(saved.getFirst().command().clearingHouseId());
    }

    @Test
    void doesNotSaveWithoutNameOrDomains() {
        form.edit(PeerNetworkFormData.blank());

        form.save.click();

        assertTrue(saved.isEmpty());
        assertTrue(form.displayName.isInvalid());
        assertTrue(form.domains.isInvalid());
    }

    @Test
    void doesNotSaveAnUnreadableContactAndSaysWhichLine() {
        form.edit(PeerNetworkFormData.blank());
        form.displayName.setValue("Example");
        form.domains.setValue("example.net");
        form.contacts.setValue("Jane <jane@example.net>\n<nobody@example.net>");

        form.save.click();

        assertTrue(saved.isEmpty());
        assertTrue(form.contacts.isInvalid());
        assertTrue(form.contacts.getErrorMessage().startsWith("Line 2:"), form.contacts.getErrorMessage());
    }

    @Test
    void showsTheRegistrysVerdictNextToTheField() {
        form.edit(PeerNetworkFormData.blank());

        assertTrue(form.showFieldError("domains", "“*.example.net” is a wildcard"));
        assertTrue(form.domains.isInvalid());
        assertEquals("“*.example.net” is a wildcard", form.domains.getErrorMessage());
        assertTrue(form.showFieldError("clearingHouseId", "no such clearing house"));
        assertTrue(form.clearingHouse.isInvalid());
        assertFalse(form.showFieldError("offset", "not a field of this form"));
    }

    @Test
    void editsAStoredPeerAtTheVersionItWasOpenedWith() {
        form.edit(PeerNetworkFormData.of(storedPeer()));
        assertEquals("example.net\nim.example.net", form.domains.getValue());
        assertEquals("Jane <jane@example.net>", form.contacts.getValue());
        assertEquals(HUB, form.clearingHouse.getValue());
        assertTrue(form.delete.isVisible());

        form.notes.setValue("renewed");
        form.save.click();
        form.delete.click();

        assertEquals(42L, saved.getFirst().data().getId());
        assertEquals(3L, saved.getFirst().data().getVersion());
        assertEquals("renewed", saved.getFirst().command().notes());
        assertEquals(3L, deleted.getFirst().data().getVersion());
    }

    @Test
    void aReadOnlyFormOffersNeitherSaveNorDelete() {
        form.edit(PeerNetworkFormData.of(storedPeer()));

        form.setEditable(false);

        assertFalse(form.save.isVisible());
        assertFalse(form.delete.isVisible());
        assertTrue(form.displayName.isReadOnly());
    }

    private static PeerNetworkView storedPeer() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        return new PeerNetworkView(42, "Example", PeerKind.PEER_NETWORK, List.of("example.net", "im.example.net"),
                List.of(new Contact("Jane", "jane@example.net", null, null)), "", 7L, 3, now, now);
    }
}
