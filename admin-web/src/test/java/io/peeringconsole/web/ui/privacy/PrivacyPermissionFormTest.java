package io.peeringconsole.web.ui.privacy;

import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.permission.application.PrivacyPermissionView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrivacyPermissionFormTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private static final PrivacyPermissionView DEFAULT = new PrivacyPermissionView("example.com", 7, "Peer One",
            Set.of(), SharingMode.PER_WATCHER, true, null, null, null, null);
    private static final PrivacyPermissionView STORED = new PrivacyPermissionView("example.com", 7, "Peer One",
            Set.of(NOTE), SharingMode.VIEW_SHARING, false, 3L, "dora", Instant.parse("2026-11-25T10:00:00Z"), null);

    private PrivacyPermissionForm form;
    private final List<PrivacyPermissionForm.SaveEvent> saved = new ArrayList<>();
    private final List<PrivacyPermissionForm.ResetEvent> resets = new ArrayList<>();

    @BeforeEach
    void newForm() {
        UI.setCurrent(ui);
        form = new PrivacyPermissionForm();
        form.addSaveListener(saved::add);
        form.addResetListener(resets::add);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void aPairAtDefaultDenySaysSoAndCannotBeResetAgain() {
        form.edit(DEFAULT, true, true);
        assertTrue(form.isVisible());
        assertTrue(form.state.getText().startsWith("Default deny"), form.state.getText());
        assertEquals(Set.of(), form.attributes.getValue());
        assertEquals(SharingMode.PER_WATCHER, form.mode.getValue());
        assertFalse(form.reset.isEnabled());
        assertFalse(form.delegationWarning.isVisible());
    }

    @Test
    void savingFiresTheChosenAttributesAndModeForThePair() {
        form.edit(STORED, true, true);
        form.attributes.setValue(Set.of(BASIC_STATUS, NOTE));
        form.mode.setValue(SharingMode.PER_WATCHER);
        form.save.click();
        assertEquals(1, saved.size());
        assertEquals(STORED, saved.getFirst().pair());
        assertEquals(Set.of(BASIC_STATUS, NOTE), saved.getFirst().attributes());
        assertEquals(SharingMode.PER_WATCHER, saved.getFirst().mode());
        form.reset.click();
        assertEquals(STORED, resets.getFirst().pair());
    }

    @Test
    void choosingDelegationWarnsThatASecurityOfficerIsNeeded() {
        form.edit(STORED, true, true);
        form.mode.setValue(SharingMode.POLICY_DELEGATION);
        assertTrue(form.delegationWarning.isVisible());
        assertTrue(form.delegationWarning.getText().contains("SECURITY_OFFICER"));
        form.mode.setValue(SharingMode.VIEW_SHARING);
        assertFalse(form.delegationWarning.isVisible());
    }

    @Test
    void readersSeeThePairWithoutControlsAndRefusalsLandOnTheirField() {
        form.edit(STORED, false, false);
        assertTrue(form.attributes.isReadOnly() && form.mode.isReadOnly());
        assertFalse(form.save.isVisible() || form.reset.isVisible());
        assertTrue(form.showFieldError("attributes", "Unknown presence attribute"));
        assertTrue(form.attributes.isInvalid());
        assertTrue(form.showFieldError("mode", "Choose a sharing mode"));
        assertFalse(form.showFieldError("version", "stale"));
    }

    @Test
    void aSecurityOfficerMayApproveDelegationButNotReset() {
        form.edit(STORED, true, false);
        assertTrue(form.save.isVisible());
        assertFalse(form.reset.isVisible());
    }

    @Test
    void modesAndAllowListsReadPlainly() {
        assertEquals("Default deny", SharingModes.modeOf(DEFAULT));
        assertEquals("View sharing", SharingModes.modeOf(STORED));
        assertEquals("Nothing leaves", SharingModes.attributes(Set.of()));
        assertEquals("Basic status, Note", SharingModes.attributes(Set.of(NOTE, BASIC_STATUS)));
        for (SharingMode mode : SharingMode.values()) {
            assertFalse(SharingModes.explanation(mode).isBlank());
        }
    }
}
