package io.peeringconsole.web.ui.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.Openssl;
import io.peeringconsole.web.it.gateway.GatewayDeployment;
import io.peeringconsole.web.ui.ConsoleBrowser;
import java.io.IOException;
import java.net.URL;
import java.util.UUID;
import io.peeringconsole.web.it.ConsoleVariant;
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

/**
 * The fleet view in Chromium: register a gateway, see its token once, and see the serial it reports applied; register
 * one with a client certificate from a pasted CSR and see the certificate once.
 */
@ExtendWith(ArquillianExtension.class)
@ConsoleVariant(GatewayDeployment.VARIANT)
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
        chooseLocalDomain(domain);
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

    @Test
    void aGatewayWithAClientCertificateIsRegisteredFromAPastedCsr() throws Exception {
        String domain = "fleet-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        ApiClient admin = ApiClient.admin(base);
        assertEquals(201, admin.post("local-domains", "{\"name\":\"" + domain + "\",\"displayName\":\"Fleet\"}")
                .status());
        Openssl openssl = Openssl.inTempDirectory();
        openssl.run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                "gateway.key", "-out", "gateway.csr", "-subj", "/CN=edge-cert-1");
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.visible("vaadin-grid#peer-grid");
        browser.open("gateways");
        browser.click("#register-gateway");
        chooseLocalDomain(domain);
        browser.type("vaadin-text-field#gateway-name input", "Edge_Cert");
        browser.clickWithText("vaadin-radio-group#gateway-auth-kind vaadin-radio-button",
                "Client certificate (from the gateway's CSR)");
        browser.click("#gateway-register-save");
        browser.waitForText("vaadin-notification-card", "Paste the gateway's certificate signing request");

        replace("vaadin-text-area#gateway-csr textarea", openssl.read("gateway.csr"));
        browser.click("#gateway-register-save");
        browser.waitForAttribute("vaadin-text-field#gateway-name", "invalid");
        browser.waitForText("vaadin-text-field#gateway-name", "DNS label");

        replace("vaadin-text-field#gateway-name input", "edge-cert-1");
        replace("vaadin-text-area#gateway-csr textarea", openssl.read("gateway.key"));
        browser.click("#gateway-register-save");
        browser.waitForAttribute("vaadin-text-area#gateway-csr", "invalid");
        browser.waitForText("vaadin-text-area#gateway-csr", "A private key was supplied");
        assertEquals(0, admin.get("gateways?localDomain=" + domain).json().getJsonNumber("total").longValue(),
                "refused registrations leave nothing behind");

        replace("vaadin-text-area#gateway-csr textarea", openssl.read("gateway.csr"));
        browser.click("#gateway-register-save");
        browser.waitForText("#gateway-certificate-note", "valid until");
        assertTrue(browser.property("vaadin-text-area#gateway-certificate", "value")
                .startsWith("-----BEGIN CERTIFICATE-----"));
        assertTrue(browser.visible("#gateway-ca-download").getDomAttribute("href") != null);
        browser.screenshot("fleet-certificate-once");
        browser.click("#gateway-certificate-done");

        var listed = admin.get("gateways?localDomain=" + domain).json().getJsonArray("items").getJsonObject(0);
        assertEquals("CLIENT_CERTIFICATE", listed.getString("authKind"));
        assertFalse(listed.isNull("credentialExpiresAt"));
        browser.typeAndLeave("vaadin-text-field#gateway-search input", "edge-cert-1");
        browser.clickCell("vaadin-grid#gateway-grid", "edge-cert-1");
        browser.visible("#gateway-renew");
        assertFalse(browser.shows("#gateway-actions vaadin-button", "Rotate token"), "no token to rotate");
    }

    /** Types into a field that an error notification may still cover for a moment: the click waits it out. */
    private void replace(String css, String text) {
        browser.click(css);
        browser.press(css, Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.press(css, text);
    }

    /** Picks the domain once its item is shown, so that Enter selects it and the overlay is closed before going on. */
    private void chooseLocalDomain(String domain) {
        String input = "vaadin-combo-box#gateway-local-domain input";
        browser.type(input, domain);
        browser.waitForDeep("vaadin-combo-box-item", domain);
        browser.keys(input, Keys.ARROW_DOWN);
        browser.keys(input, Keys.ENTER);
        browser.keys(input, Keys.TAB);
        browser.waitForValue(input, domain);
    }
}
