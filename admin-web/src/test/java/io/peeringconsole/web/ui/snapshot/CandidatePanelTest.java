package io.peeringconsole.web.ui.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import io.peeringconsole.snapshot.application.CandidateView;
import io.peeringconsole.snapshot.domain.PublishRefusal;
import io.peeringconsole.snapshot.domain.SnapshotDiff;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CandidatePanelTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private static final String HASH = "ab".repeat(32);

    private CandidatePanel panel;

    @BeforeEach
    void newPanel() {
        UI.setCurrent(ui);
        panel = new CandidatePanel();
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void aGatedCandidateListsEveryReasonAndItsChangesLineByLine() {
        panel.show(new CandidateView("example.com", "{}", HASH, 2, 4L, "cd".repeat(32),
                List.of(new PublishRefusal(PublishRefusal.CERTIFICATE_EXPIRED, 7, "The certificate expired."),
                        new PublishRefusal(PublishRefusal.CLEARING_HOUSE_UNTRUSTED, 8, "The hub is untrusted.")),
                List.of(new SnapshotDiff.Change(SnapshotDiff.Kind.CHANGED, "/peers[peerNetworkId=7]/agreement/tlsVersion",
                        "\"TLS_1_2\"", "\"TLS_1_3\""), new SnapshotDiff.Change(SnapshotDiff.Kind.REMOVED,
                        "/peers[peerNetworkId=9]", "{\"x\":" + "1".repeat(400) + "}", null))));
        List<String> reasons = refusals().getChildren().map(c -> ((ListItem) c).getText()).toList();
        assertEquals(List.of("CERTIFICATE_EXPIRED: The certificate expired.",
                "CLEARING_HOUSE_UNTRUSTED: The hub is untrusted."), reasons);
        assertTrue(refusals().isVisible());
        String[] lines = diff().getText().split("\n");
        assertEquals("~ /peers[peerNetworkId=7]/agreement/tlsVersion \"TLS_1_2\" \u2192 \"TLS_1_3\"", lines[0]);
        assertTrue(lines[1].startsWith("- /peers[peerNetworkId=9]") && lines[1].endsWith("\u2026"),
                "long values are cut so that the page stays readable: " + lines[1]);
    }

    @Test
    void aFirstAndAnUnchangedCandidateSaySoInsteadOfShowingNothing() {
        panel.show(new CandidateView("example.com", "{}", HASH, 0, null, null, List.of(),
                List.of(new SnapshotDiff.Change(SnapshotDiff.Kind.ADDED, "/", null, "{}"))));
        assertEquals("Nothing published yet: the whole candidate is new.", diff().getText());
        assertFalse(refusals().isVisible());
        panel.show(new CandidateView("example.com", "{}", HASH, 1, 3L, HASH, List.of(), List.of()));
        assertEquals("No changes since serial 3.", diff().getText());
    }

    private UnorderedList refusals() {
        return (UnorderedList) panel.getChildren().filter(UnorderedList.class::isInstance).findFirst().orElseThrow();
    }

    private Pre diff() {
        return (Pre) panel.getChildren().filter(Pre.class::isInstance).findFirst().orElseThrow();
    }
}
