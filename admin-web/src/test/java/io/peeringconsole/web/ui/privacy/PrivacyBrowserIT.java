package io.peeringconsole.web.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleDeployment;
import io.peeringconsole.web.it.Json;
import io.peeringconsole.web.ui.ConsoleBrowser;
import java.io.IOException;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;

/** An administrator sets a peer's privacy sharing, previews what the peer receives, and is stopped by hostile XML. */
@ExtendWith(ArquillianExtension.class)
class PrivacyBrowserIT {

    private static final String GRID = "vaadin-grid#privacy-grid";
    private static final String RULES = "vaadin-text-area#preview-rules";

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
        browser.screenshot("privacy-" + test.getTestMethod().map(m -> m.getName()).orElse("page"));
        browser.close();
    }

    private static String rules(String peerDomain) {
        return "<cr:ruleset xmlns:cr=\"urn:ietf:params:xml:ns:common-policy\""
                + " xmlns:pr=\"urn:ietf:params:xml:ns:pres-rules\"><cr:rule id=\"friends\"><cr:conditions>"
                + "<cr:identity><cr:one id=\"sip:bob@" + peerDomain + "\"/></cr:identity></cr:conditions>"
                + "<cr:actions><pr:sub-handling>allow</pr:sub-handling></cr:actions><cr:transformations>"
                + "<pr:provide-services><pr:all-services/></pr:provide-services>"
                + "<pr:provide-persons><pr:all-persons/></pr:provide-persons><pr:provide-mood>true</pr:provide-mood>"
                + "<pr:provide-unknown-attribute ns=\"urn:ietf:params:xml:ns:pidf\" name=\"note\">true"
                + "</pr:provide-unknown-attribute></cr:transformations></cr:rule><cr:rule id=\"no-eve\">"
                + "<cr:conditions><cr:identity><cr:one id=\"sip:eve@" + peerDomain + "\"/></cr:identity>"
                + "</cr:conditions><cr:actions><pr:sub-handling>block</pr:sub-handling></cr:actions></cr:rule>"
                + "</cr:ruleset>";
    }

    @Test
    void anAdministratorSetsViewSharingAndPreviewsWhatThePeerAndAWatcherGet() {
        ApiClient admin = ApiClient.admin(base);
        String id = UUID.randomUUID().toString().substring(0, 8);
        String local = "privacy-ui-" + id + ".example.com";
        String peerDomain = "privacy-ui-" + id + ".example.net";
        assertEquals(201, admin.post("local-domains", "{\"name\":\"" + local + "\",\"displayName\":\"UI\"}")
                .status());
        var peer = admin.post("peer-networks", Json.peer("Privacy UI " + id, peerDomain));
        assertEquals(201, peer.status(), peer::toString);
        long peerId = peer.json().getJsonNumber("id").longValue();
        signInAsAdmin();

        browser.open("privacy-sharing?domain=" + local);
        browser.typeAndLeave("vaadin-text-field#privacy-search input", "Privacy UI " + id);
        browser.waitForCell(GRID, "Default deny");
        browser.clickCell(GRID, "Privacy UI " + id);
        browser.waitForText("#privacy-state", "Default deny");
        browser.clickWithText("vaadin-checkbox-group#privacy-attributes vaadin-checkbox", "Basic status");
        browser.clickWithText("vaadin-checkbox-group#privacy-attributes vaadin-checkbox", "Note");
        browser.click("vaadin-radio-group#privacy-mode vaadin-radio-button:nth-of-type(3)");
        browser.waitForText("#privacy-delegation-warning", "SECURITY_OFFICER");
        browser.click("vaadin-radio-group#privacy-mode vaadin-radio-button:nth-of-type(2)");
        browser.click("#privacy-save");
        browser.waitForCell(GRID, "View sharing");
        browser.waitForCell(GRID, "Basic status, Note");
        browser.screenshot("privacy-sharing-saved");
        var stored = admin.get("local-domains/" + local + "/privacy-permissions/" + peerId).json();
        assertEquals("VIEW_SHARING", stored.getString("mode"), stored::toString);
        assertEquals(2, stored.getJsonArray("attributes").size(), stored::toString);

        browser.open("privacy-preview?domain=" + local + "&peer=" + peerId);
        browser.waitForValue("vaadin-combo-box#preview-peer input", "Privacy UI " + id + " · View sharing");
        browser.type(RULES + " textarea", rules(peerDomain));
        browser.type("vaadin-text-area#preview-presence textarea", "{\"presentity\": \"sip:alice@" + local
                + "\", \"attributes\": {\"BASIC_STATUS\": \"open\", \"NOTE\": \"In a meeting\", \"MOOD\": \"happy\"}}");
        browser.type("vaadin-text-field#preview-watcher input", "sip:bob@" + peerDomain);
        runPreview();
        browser.waitForText("#preview-result", "For sip:bob@" + peerDomain);
        browser.waitForText("#preview-watcher-result", "Note: In a meeting");
        String shown = browser.property("#preview-result", "textContent");
        assertFalse(shown.contains("happy"), "mood is not in the allow-list: " + shown);
        String sent = browser.property("#preview-result .privacy-sent", "textContent");
        assertFalse(sent.contains("eve@"), "a blocked watcher is in no view's watcher list: " + sent);
        browser.screenshot("privacy-preview-bob");

        browser.type("vaadin-text-field#preview-watcher input", "sip:eve@" + peerDomain);
        runPreview();
        browser.waitForText("#preview-watcher-result", "Nothing: this watcher receives no presence");

        browser.type(RULES + " textarea", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>");
        runPreview();
        browser.waitForAttribute(RULES, "invalid");
        String refusal = browser.property(RULES, "errorMessage");
        assertTrue(refusal.contains("DTD"), refusal);
    }

    /**
     * Scrolls the button to the middle of the layout's own scroll area first, which Selenium's scrolling does not
     * follow: at the bottom edge something else may lie over it.
     */
    private void runPreview() {
        WebElement page = browser.visible("vaadin-app-layout");
        ((JavascriptExecutor) ((WrapsDriver) page).getWrappedDriver()).executeScript(
                "document.querySelector('#preview-run').scrollIntoView({block: 'center'});");
        browser.click("#preview-run");
    }

    private void signInAsAdmin() {
        String password = System.getProperty("it.admin.password");
        assertTrue(password != null && !password.isBlank(), "set -Dit.admin.password (the pom does)");
        browser.signIn("admin", password);
        browser.visible("vaadin-grid#peer-grid");
        browser.waitUntilUrlEndsWith("peer-networks");
    }
}
