package io.peeringconsole.web.ui.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrustImportPanelTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";

    private TrustImportPanel panel;
    private final List<TrustImportPanel.ImportEvent> imports = new ArrayList<>();

    @BeforeEach
    void newPanel() {
        UI.setCurrent(ui);
        panel = new TrustImportPanel("trust", "a certificate or chain", ".pem", ".der");
        panel.addImportListener(imports::add);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void theElementIdsAreThoseTheTestsAndDocsUse() {
        assertEquals("trust-paste", panel.paste.getId().orElseThrow());
        assertEquals("trust-import", panel.importButton.getId().orElseThrow());
    }

    @Test
    void importingPastedTextFiresItsBytes() {
        panel.paste.setValue("\n" + PEM + "\n");

        panel.importButton.click();

        assertEquals(1, imports.size());
        assertArrayEquals(PEM.getBytes(StandardCharsets.UTF_8), imports.getFirst().content());
        assertEquals(TrustImportPanel.Source.PASTE, imports.getFirst().origin());
    }

    @Test
    void importingNothingAsksForTextAndFiresNothing() {
        panel.importButton.click();

        assertTrue(panel.paste.isInvalid());
        assertTrue(panel.paste.getErrorMessage().startsWith("Paste a certificate or chain"));
        assertTrue(imports.isEmpty());
    }

    @Test
    void theTrustStoresRefusalOfPastedTextIsShownAtTheText() {
        String refusal = "A private key was supplied; it was not stored — upload only the certificate.";

        assertTrue(panel.showRefusal(refusal, TrustImportPanel.Source.PASTE));
        assertTrue(panel.paste.isInvalid());
        assertEquals(refusal, panel.paste.getErrorMessage());
        assertFalse(panel.showRefusal(refusal, TrustImportPanel.Source.FILE), "a file's refusal is shown elsewhere");
    }

    @Test
    void aSuccessfulPasteIsClearedAndSummarised() {
        panel.paste.setValue(PEM);

        panel.showSummary(new ImportSummary("Stored 1 certificate.", List.of("Stored: CN=x")),
                TrustImportPanel.Source.PASTE);

        assertEquals("", panel.paste.getValue());
    }
}
