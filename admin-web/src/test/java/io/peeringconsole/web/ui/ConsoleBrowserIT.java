package io.peeringconsole.web.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleDeployment;
import io.peeringconsole.web.it.Json;
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

/** The console as a person uses it: in a real browser, against the real war on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class ConsoleBrowserIT {

    private static final String PEER_GRID = "vaadin-grid#peer-grid";
    private static final String AUDIT_GRID = "vaadin-grid#audit-grid";

    @ArquillianResource
    private URL base;

    private ConsoleBrowser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new ConsoleBrowser(base);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot(test.getTestMethod().map(m -> m.getName()).orElse("console"));
        browser.close();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String adminPassword() {
        String password = System.getProperty("it.admin.password");
        assertTrue(password != null && !password.isBlank(), "set -Dit.admin.password (the pom does)");
        return password;
    }

    private void signInAsAdmin() {
        browser.signIn("admin", adminPassword());
        browser.visible(PEER_GRID);
        browser.waitUntilUrlEndsWith("peer-networks");
    }

    @Test
    void createsAPeerNetworkFindsItAndSeesItInTheAuditTrail() {
        String id = unique();
        String name = "Browser Peer " + id;
        String domain = "browser-" + id + ".example";
        signInAsAdmin();

        browser.click("#new-peer-network");
        browser.type("vaadin-text-field#peer-display-name input", name);
        browser.type("vaadin-text-area#peer-domains textarea", domain);
        browser.type("vaadin-text-area#peer-notes textarea", "created by the browser test");
        browser.click("#peer-save");

        browser.typeAndLeave("vaadin-text-field#peer-search input", id);
        browser.waitForCell(PEER_GRID, name);
        browser.waitForCell(PEER_GRID, domain);

        browser.open("audit");
        browser.typeAndLeave("vaadin-text-field#audit-search input", "PEER_NETWORK_CREATED");
        browser.clickCell(AUDIT_GRID, "PEER_NETWORK_CREATED");
        browser.waitForText("pre.audit-state", domain);
    }

    @Test
    void aWrongPasswordShowsTheErrorAndStaysOnTheLoginPage() {
        browser.signIn("admin", "not-the-password-" + unique());

        browser.waitForAttribute("vaadin-login-form", "error");
        assertTrue(browser.currentUrl().endsWith("login"), browser.currentUrl());
    }

    @Test
    void aWildcardDomainIsRefusedAtItsFieldAndNothingIsStored() {
        String name = "Wildcard Peer " + unique();
        signInAsAdmin();

        browser.click("#new-peer-network");
        browser.type("vaadin-text-field#peer-display-name input", name);
        browser.type("vaadin-text-area#peer-domains textarea", "*.example.net");
        browser.click("#peer-save");

        browser.waitForAttribute("vaadin-text-area#peer-domains", "invalid");
        String error = browser.property("vaadin-text-area#peer-domains", "errorMessage");
        assertTrue(error.contains("*.example.net"), error);
        browser.screenshot("aWildcardDomainIsRefusedAtItsField-error");

        browser.click("#peer-cancel");
        browser.typeAndLeave("vaadin-text-field#peer-search input", name);
        browser.waitForText(PEER_GRID + " [slot='empty-state']", "No peer network matches");
        assertFalse(browser.cells(PEER_GRID).contains(name));
    }

    @Test
    void aStaleEditOffersToReloadAndDeletingAsksFirst() {
        String id = unique();
        String name = "Stale Peer " + id;
        String domain = "stale-" + id + ".example";
        ApiClient api = ApiClient.admin(base);
        long peerId = api.post("peer-networks", Json.peer(name, domain)).json().getJsonNumber("id").longValue();
        signInAsAdmin();
        browser.typeAndLeave("vaadin-text-field#peer-search input", id);
        browser.clickCell(PEER_GRID, name);
        browser.visible("vaadin-text-field#peer-display-name input");

        var changed = api.put("peer-networks/" + peerId, Json.withVersion(Json.peer(name + " renamed", domain), 0), null);
        assertTrue(changed.status() == 200, changed::toString);
        browser.type("vaadin-text-area#peer-notes textarea", "my edit, made on a stale copy");
        browser.click("#peer-save");
        browser.waitForText("vaadin-notification-card", "was changed by someone else");
        browser.clickWithText("vaadin-notification-card vaadin-button", "Reload");
        browser.waitForValue("vaadin-text-field#peer-display-name input", name + " renamed");

        browser.click("#peer-delete");
        browser.waitForText("vaadin-confirm-dialog", "Delete peer network " + name + " renamed and its 1 domain?");
        browser.clickWithText("vaadin-confirm-dialog vaadin-button", "Delete");
        // The empty-state text may already be in the DOM, hidden, so the API is what says the delete went through.
        assertTrue(eventually(() -> api.get("peer-networks/" + peerId).status() == 404), "the peer network is gone");
    }

    @Test
    void aSecurityOfficerVerifiesTheChainButCannotOpenAccounts() {
        String username = "officer-" + unique();
        String password = "officer-password-" + unique();
        signInAsAdmin();
        createAccount(username, password, "Security officer");
        browser.click("#sign-out");
        browser.visible("vaadin-login-form");

        browser.signIn(username, password);
        browser.visible(PEER_GRID);
        assertFalse(browser.shows("vaadin-side-nav-item", "Accounts"), "Accounts is not offered to a security officer");
        browser.open("audit");
        browser.click("#audit-verify");
        browser.waitForText("vaadin-notification-card", "The audit trail is intact");

        browser.open("accounts");
        browser.waitForText("vaadin-notification-card", "Access denied");
        browser.waitUntilUrlEndsWith("peer-networks");
    }

    private void createAccount(String username, String password, String role) {
        browser.open("accounts");
        browser.click("#new-account");
        browser.type("vaadin-text-field#account-username input", username);
        browser.type("vaadin-password-field#account-password input", password);
        browser.type("vaadin-password-field#account-password-confirmation input", password);
        browser.clickWithText("vaadin-checkbox-group#account-roles vaadin-checkbox", role);
        browser.click("#account-save");
        browser.typeAndLeave("vaadin-text-field#account-search input", username);
        browser.waitForCell("vaadin-grid#account-grid", username);
    }

    @Test
    void signingInIssuesANewSessionIdAndAnAdministratorAddsALocalDomain() {
        browser.open("login");
        browser.visible("vaadin-login-form");
        String before = browser.cookie("JSESSIONID");
        signInAsAdmin();
        String after = browser.cookie("JSESSIONID");
        assertTrue(after != null && !after.equals(before), "the session id changes at login: " + before + " → " + after);

        String domain = "ui-" + unique() + ".example";
        browser.open("local-domains");
        browser.click("#new-local-domain");
        browser.type("vaadin-text-field#local-domain-name input", domain);
        browser.type("vaadin-text-field#local-domain-display-name input", "Added in the browser");
        browser.click("#local-domain-save");
        browser.typeAndLeave("vaadin-text-field#local-domain-search input", domain);
        browser.waitForCell("vaadin-grid#local-domain-grid", domain);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        browser.open("accounts");

        browser.visible("vaadin-login-form");
        browser.waitUntilUrlEndsWith("login");
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
