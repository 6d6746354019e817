package io.peeringconsole.web.ui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.dom.Element;
import io.peeringconsole.trust.application.DomainVerdictView;
import io.peeringconsole.trust.application.ReasonView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerdictPanelTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private final VerdictPanel panel = new VerdictPanel();

    @BeforeEach
    void ui() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void eachDomainGetsItsVerdictAndEveryReasonErrorsFirst() {
        DomainVerdictView verdict = new DomainVerdictView("trust.example.net", false, List.of(
                new ReasonView("EXPIRES_WITHIN_30_DAYS", "WARNING", "Renew it.", "AB"),
                new ReasonView("DOMAIN_MISMATCH", "ERROR", "trust.example.net is not among the names.", "AB")));

        panel.show(List.of(verdict, new DomainVerdictView("im.example.net", true, List.of())));

        assertEquals(List.of("Not trusted", "Error", "Warning", "Trusted"), badges());
        String text = panel.getElement().getTextRecursively();
        assertTrue(text.indexOf("DOMAIN_MISMATCH") < text.indexOf("EXPIRES_WITHIN_30_DAYS"), text);
    }

    private List<String> badges() {
        return panel.getElement().getChildren()
                .flatMap(VerdictPanelTest::descendants)
                .map(element -> element.getComponent().orElse(null))
                .filter(Badge.class::isInstance)
                .map(badge -> ((Badge) badge).getText())
                .toList();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element),
                element.getChildren().flatMap(VerdictPanelTest::descendants));
    }
}
