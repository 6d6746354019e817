package io.peeringconsole.web.ui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PinsPanelTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private static final String PIN = Base64.getEncoder().encodeToString(new byte[32]);

    private PinsPanel panel;
    private final List<PinsPanel.AddEvent> added = new ArrayList<>();

    @BeforeEach
    void newPanel() {
        UI.setCurrent(ui);
        panel = new PinsPanel();
        panel.addAddListener(added::add);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void aWellFormedPinIsAddedWithoutItsWrapping() {
        panel.pin.setValue("sha256/" + PIN);
        panel.note.setValue("  backup key ");

        panel.add.click();

        assertEquals(1, added.size());
        assertEquals(PIN, added.getFirst().spkiPin());
        assertEquals("backup key", added.getFirst().note());
    }

    @Test
    void noNoteIsNoNote() {
        panel.pin.setValue(PIN);

        panel.add.click();

        assertNull(added.getFirst().note());
    }

    @Test
    void aMalformedPinIsRefusedAtItsFieldAndNotAdded() {
        panel.pin.setValue("AB:CD:EF");

        panel.add.click();

        assertTrue(panel.pin.isInvalid());
        assertTrue(panel.pin.getErrorMessage().contains("is not an SPKI pin"));
        assertTrue(added.isEmpty());
    }

    @Test
    void theServicesObjectionsGoToTheirFields() {
        assertTrue(panel.showFieldError("spkiPin", "This key is pinned already."));
        assertEquals("This key is pinned already.", panel.pin.getErrorMessage());
        assertTrue(panel.showFieldError("note", "At most 500 characters."));
        assertTrue(panel.note.isInvalid());
        assertFalse(panel.showFieldError("peerNetworkId", "gone"));
    }
}
