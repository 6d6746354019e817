package io.peeringconsole.web.ui.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.gateway.GatewayDeployment;
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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/** The fleet view in Chromium: register a gateway, see its token once, and see the serial it reports applied. */
@ExtendWith(ArquillianExtension.class)
class FleetBrowserIT {

    private static final String CELLS = "vaadin-grid#gateway-grid vaadin-grid-cell-content";

    @ArquillianResource
    private URL base;

    private ConsoleBrowser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GatewayDeployment.create();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = new ConsoleBrowser(base);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot("fleet-" + test.getTestMethod().map(m -> m.getName()).orElse("page"));
        browser.close();
    }

    @Test
    void aRegisteredGatewayShowsItsTokenOnceAndThenItsAppliedSerial() {
        String domain = "fleet-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        ApiClient admin = ApiClient.admin(base);
        assertEquals(201, admin.post("local-domains", "{\"name\":\"" + domain + "\",\"displayName\":\"Fleet\"}")
                .status());
        String password = System.getProperty("it.admin.password");
        browser.signIn("admin", password);
        browser.visible("vaadin-grid#peer-grid");
        browser.open("gateways");
        browser.visible("vaadin-grid#gateway-grid");

        browser.click("#register-gateway");
        browser.type("vaadin-combo-box#gateway-local-domain input", domain);
        browser.visible("vaadin-combo-box#gateway-local-domain input").sendKeys(Keys.ENTER);
        browser.type("vaadin-text-field#gateway-name input", "edge-fra-1");
        browser.click("#gateway-register-save");

        browser.visible("#gateway-token-warning");
        String token = browser.property("vaadin-text-field#gateway-token", "value");
        assertTrue(token.startsWith("pcg."), token);
        browser.waitForText("#gateway-token-warning", "shown only this once");
        browser.screenshot("fleet-token-once");
        browser.click("#gateway-token-done");
        browser.typeAndLeave("vaadin-text-field#gateway-search input", "edge-fra-1");
        browser.waitForCell("vaadin-grid#gateway-grid", "edge-fra-1");
        browser.waitForCell("vaadin-grid#gateway-grid", "None yet");
        assertFalse(browser.cells("vaadin-grid#gateway-grid").stream().anyMatch(cell -> cell.contains(token)));

        ApiClient gateway = ApiClient.bearer(base, token);
        assertEquals(200, admin.post("test-support/snapshots/" + domain, "{\"serial\":1}").status());
        assertEquals(200, gateway.get("gateway/snapshot").status());
        var report = gateway.post("gateway/status", "{\"serial\":1,\"outcome\":\"APPLIED\"}");
        assertEquals(202, report.status(), report::toString);

        browser.click("#gateway-refresh");
        browser.waitForCell("vaadin-grid#gateway-grid", "Current");
        browser.waitForCell("vaadin-grid#gateway-grid", "1");
        browser.waitForText(CELLS, "UTC");
        browser.screenshot("fleet-applied");

        browser.clickCell("vaadin-grid#gateway-grid", "edge-fra-1");
        browser.visible("#gateway-actions");
        assertFalse(browser.shows("#gateway-actions span", token), "the token is never shown again");
        browser.click("#gateway-rotate");
        browser.clickWithText("vaadin-confirm-dialog vaadin-button", "Rotate");
        browser.visible("#gateway-token-warning");
        String rotated = browser.property("vaadin-text-field#gateway-token", "value");
        assertTrue(rotated.startsWith("pcg.") && !rotated.equals(token));
        assertEquals(401, gateway.get("gateway/snapshot").status(), "the old token stopped working");
    }
}
