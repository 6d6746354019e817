package io.peeringconsole.web.ui.localdomain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import io.peeringconsole.registry.application.LocalDomainView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalDomainFormTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private LocalDomainForm form;
    private final List<LocalDomainFormData> saved = new ArrayList<>();

    @BeforeEach
    void newForm() {
        UI.setCurrent(ui);
        form = new LocalDomainForm();
        form.addSaveListener(event -> saved.add(event.data()));
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void createsWithNameAndDisplayName() {
        form.edit(LocalDomainFormData.blank(), true);
        form.name.setValue(" example.com ");
        form.displayName.setValue("Example");

        form.save.click();

        assertEquals("example.com", saved.getFirst().getName());
        assertEquals("Example", saved.getFirst().getDisplayName());
        assertTrue(saved.getFirst().isNew());
        assertFalse(form.delete.isVisible());
    }

    @Test
    void theNameOfAStoredDomainIsFixed() {
        form.edit(LocalDomainFormData.of(stored("example.com", 5)), true);

        assertTrue(form.name.isReadOnly());
        assertTrue(form.delete.isVisible());
        form.displayName.setValue("Renamed");
        form.save.click();
        assertEquals(5, saved.getFirst().getVersion());
    }

    @Test
    void showsTheNameRuleNextToTheName() {
        form.edit(LocalDomainFormData.blank(), true);

        assertTrue(form.showFieldError("name", "Enter a domain name, for example example.net."));
        assertTrue(form.name.isInvalid());
        assertFalse(form.showFieldError("domains", "not here"));
    }

    private static LocalDomainView stored(String name, long version) {
        return new LocalDomainView(11, name, "Display of " + name, version, Instant.parse("2026-11-25T10:00:00Z"));
    }
}
