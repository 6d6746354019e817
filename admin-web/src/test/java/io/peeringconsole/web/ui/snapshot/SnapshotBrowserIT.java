package io.peeringconsole.web.ui.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ConsoleDeployment;
import io.peeringconsole.web.it.SnapshotFixture;
import io.peeringconsole.web.ui.ConsoleBrowser;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Snapshots page as an administrator uses it: review the diff of a pending change, publish, roll back. */
@ExtendWith(ArquillianExtension.class)
class SnapshotBrowserIT {

    private static final String HISTORY = "vaadin-grid#snapshot-history";

    @ArquillianResource
    private URL base;

    private ConsoleBrowser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = new ConsoleBrowser(base);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot("snapshot-" + test.getTestMethod().map(m -> m.getName()).orElse("page"));
        browser.close();
    }

    @Test
    void aPendingChangeIsShownAsADiffPublishedAfterConfirmationAndRolledBack() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(base);
        long peerId = fixture.activePeer()[0];
        assertEquals(201, fixture.publish().status());
        assertEquals(201, fixture.admin.post("public-groups", "{\"localDomain\":\"" + fixture.local
                + "\",\"uri\":\"sip:support@" + fixture.local + "\",\"maxSize\":40,\"exposedTo\":[" + peerId + "]}")
                .status());
        signInAsAdmin();

        browser.open("snapshots?domain=" + fixture.local);
        browser.waitForText("#snapshot-current", "Gateways hold serial 1");
        browser.waitForText("#snapshot-kinds-of-change", "publish at once (automatic)");
        browser.waitForText("#snapshot-diff", "+ /peers[peerNetworkId=" + peerId + "]/publicGroups[uri=sip:support@");
        browser.waitForText("#snapshot-diff", "sip:support@" + fixture.local);
        browser.waitForText("#snapshot-candidate-summary", "The publish gate lets it through");
        browser.screenshot("snapshot-diff-before-publish");

        browser.click("vaadin-button#snapshot-publish");
        browser.waitForText("vaadin-confirm-dialog", "Gateways of " + fixture.local + " will receive");
        browser.clickWithText("vaadin-confirm-dialog vaadin-button", "Publish");
        browser.waitForText("#snapshot-current", "Gateways hold serial 2");
        browser.waitForText("#snapshot-diff", "No changes since serial 2");
        browser.waitForCell(HISTORY, "Manual");
        assertEquals(2, fixture.overview().getJsonObject("current").getInt("serial"));

        browser.clickWithText(HISTORY + " vaadin-button", "Roll back");
        browser.click("vaadin-button#snapshot-rollback-confirm");
        browser.waitForAttribute("vaadin-text-area#snapshot-rollback-reason", "invalid");
        browser.type("vaadin-text-area#snapshot-rollback-reason textarea", "Support list broke the gateways");
        browser.click("vaadin-button#snapshot-rollback-confirm");
        browser.waitForText("#snapshot-current", "Gateways hold serial 3");
        browser.waitForCell(HISTORY, "Content of serial 1: Support list broke the gateways");
        JsonObject current = fixture.overview().getJsonObject("current");
        assertEquals("ROLLBACK", current.getString("source"));
        assertTrue(fixture.audit("SNAPSHOT_ROLLED_BACK").size() == 1);
    }

    @Test
    void aLongDiffLineWrapsInsideThePageInsteadOfWideningIt() throws Exception {
        SnapshotFixture fixture = new SnapshotFixture(base);
        fixture.activePeer();
        assertEquals(201, fixture.publish().status());
        long added = fixture.activePeer()[0];
        signInAsAdmin();

        browser.open("snapshots?domain=" + fixture.local);
        // The added peer's line carries its certificates' PEM: hundreds of characters without a space.
        browser.waitForText("#snapshot-diff", "+ /peers[peerNetworkId=" + added + "]");
        browser.screenshot("snapshot-diff-long-line");
        int diffScroll = integer("#snapshot-diff", "scrollWidth");
        int diffWidth = integer("#snapshot-diff", "clientWidth");
        assertTrue(diffScroll <= diffWidth, "the diff scrolls sideways: " + diffScroll + " > " + diffWidth);
        int view = integer(".snapshots-view", "clientWidth");
        assertTrue(integer("#snapshot-diff", "offsetWidth") <= view, "the diff is wider than the page");
        assertTrue(integer(".snapshots-view", "scrollWidth") <= view, "the page scrolls sideways");
    }

    private int integer(String css, String property) {
        return Integer.parseInt(browser.property(css, property));
    }

    private void signInAsAdmin() {
        String password = System.getProperty("it.admin.password");
        assertTrue(password != null && !password.isBlank(), "set -Dit.admin.password (the pom does)");
        browser.signIn("admin", password);
        browser.visible("vaadin-grid#peer-grid");
    }
}
