package io.peeringconsole.web.ui.trust;

import static io.peeringconsole.web.ui.trust.CertificateViewBuilder.certificate;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import io.peeringconsole.trust.application.CertificateView;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CertificateDetailsTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    @BeforeEach
    void ui() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void showsWhatTheGridLeavesOutAndLeavesOutWhatIsEmpty() {
        CertificateView certificate = certificate(4).subject("CN=gw.example.net").dns("gw.example.net").build();

        String text = new CertificateDetails(certificate, List.of(certificate)).getElement().getTextRecursively();

        // a form item renders its value first, then the label in its slot
        assertTrue(text.contains("04Serial number"), text);
        assertTrue(text.contains("not restrictedKey usage"), text);
        assertTrue(text.contains("-----BEGIN CERTIFICATE-----"), text);
        assertTrue(!text.contains("SRV names") && !text.contains("Rollover"), text);
    }
}
