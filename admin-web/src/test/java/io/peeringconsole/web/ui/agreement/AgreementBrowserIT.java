package io.peeringconsole.web.ui.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleDeployment;
import io.peeringconsole.web.it.Json;
import io.peeringconsole.web.it.Openssl;
import io.peeringconsole.web.ui.ConsoleBrowser;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * Four eyes in the browser, with two domain administrators of the same local domain: A drafts and submits an
 * agreement with a trusted peer and cannot approve it; B finds it in the inbox, approves it, reads the impact
 * preview and suspends it; the history lists each step.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementBrowserIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String HISTORY = "vaadin-grid#agreement-history";
    private static final String GATE_LIMIT_MISSING = "LIMIT_MISSING";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    @Test
    void aDomainAdministratorDraftsAndSubmitsAndAnotherApprovesAndSuspends() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        String local = unique("browser") + ".example.com";
        assertEquals(201, admin.post("local-domains", "{\"name\":\"" + local + "\",\"displayName\":\"Browser\"}")
                .status());
        String peerDomain = unique("peer") + ".example.net";
        String peerName = "Browser peer " + peerDomain;
        long peerId = admin.post("peer-networks", Json.peer(peerName, peerDomain)).json().getJsonNumber("id")
                .longValue();
        trust(admin, peerId, peerDomain);
        String alice = account(local);
        String bob = account(local);

        long id;
        try (ConsoleBrowser a = new ConsoleBrowser(base)) {
            id = screenshotOnFailure(a, "agreement-failed-proposer", () -> {
                signIn(a, alice);
                return draftAndSubmit(a, peerName);
            });
        }
        try (ConsoleBrowser b = new ConsoleBrowser(base)) {
            screenshotOnFailure(b, "agreement-failed-approver", () -> {
                signIn(b, bob);
                approveFromInbox(b, id, peerName);
                suspendAfterPreview(b, peerDomain);
                for (String step : List.of("AGREEMENT_DRAFTED", "AGREEMENT_SUBMITTED", "AGREEMENT_APPROVED",
                        "AGREEMENT_SUSPENDED")) {
                    b.waitForCell(HISTORY, step);
                }
                b.screenshot("agreement-history");
                b.open("agreements");
                b.waitForCell("vaadin-grid#agreement-grid", peerName);
                b.waitForCell("vaadin-grid#agreement-grid", "Suspended");
                b.screenshot("agreement-list");
                return id;
            });
        }
        JsonObject stored = admin.get("agreements/" + id).json();
        assertEquals("SUSPENDED", stored.getString("status"));
        assertEquals(bob, stored.getJsonArray("approvals").getJsonObject(0).getString("approver"), stored::toString);
        assertEquals("Peer maintenance window", stored.getString("statusReason"));
    }

    private static long screenshotOnFailure(ConsoleBrowser browser, String name, Supplier<Long> steps) {
        try {
            return steps.get();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot(name);
            browser.scrollNow("#agreement-title");
            browser.screenshot(name + "-top");
            failure.addSuppressed(new AssertionError("at " + browser.currentUrl() + ", status: "
                    + browser.textNow("#agreement-status") + ", actions: " + browser.textNow("#agreement-actions")
                    + ", checklist: " + browser.textNow("#agreement-checklist")));
            throw failure;
        }
    }

    private long draftAndSubmit(ConsoleBrowser a, String peerName) {
        a.open("agreements");
        a.click("#new-agreement");
        a.waitUntilUrlEndsWith("agreements/new");
        choosePeer(a, peerName);
        a.clickWithText("vaadin-checkbox-group#agreement-inbound-services vaadin-checkbox", "Presence subscription");
        a.clickWithText("vaadin-checkbox-group#agreement-inbound-services vaadin-checkbox",
                "Page-mode instant messaging");
        a.clickWithText("vaadin-checkbox-group#agreement-outbound-services vaadin-checkbox", "Presence subscription");
        assertTrue(a.shows("vaadin-checkbox-group#agreement-inbound-services vaadin-checkbox",
                "Document sharing (non-standard)"), "document sharing is marked non-standard");
        a.screenshot("agreement-new");
        a.clickCentered("#agreement-save");
        a.waitForText("#agreement-status", "Draft");
        Matcher url = Pattern.compile("agreements/(\\d+)$").matcher(a.currentUrl());
        assertTrue(url.find(), a.currentUrl());
        long id = Long.parseLong(url.group(1));
        a.waitForText("#agreement-checklist-summary", "Ready");
        a.waitForText("#agreement-checklist", "Services and limits are consistent");

        a.scrollToCenter("vaadin-checkbox-group#agreement-outbound-services");
        a.clickWithText("vaadin-checkbox-group#agreement-outbound-services vaadin-checkbox",
                "List-based presence subscription");
        a.clickCentered("#agreement-save");
        a.waitForText("#agreement-checklist-summary", "Not ready");
        a.waitForText("#agreement-checklist", GATE_LIMIT_MISSING);
        a.screenshot("agreement-draft-checklist-refused");
        a.scrollToCenter("vaadin-checkbox-group#agreement-outbound-list-kinds");
        a.clickWithText("vaadin-checkbox-group#agreement-outbound-list-kinds vaadin-checkbox", "Public");
        a.type("vaadin-integer-field#agreement-outbound-max-list-size input", "100");
        a.clickCentered("#agreement-save");
        a.waitForText("#agreement-checklist-summary", "Ready");
        a.screenshot("agreement-draft-checklist");

        a.clickCentered("#agreement-submit");
        a.clickWithText("vaadin-confirm-dialog vaadin-button", "Submit");
        a.waitForText("#agreement-status", "Pending approval");
        assertEquals("true", a.property("#agreement-approve", "disabled"), "the proposer cannot approve");
        a.waitForText("#agreement-approve-refusal", "someone else must approve it");
        a.screenshot("agreement-pending-for-proposer");
        return id;
    }

    private void approveFromInbox(ConsoleBrowser b, long id, String peerName) {
        b.waitForText("#nav-approvals", "Approvals (1)");
        b.open("approval-inbox");
        b.clickCell("vaadin-grid#inbox-grid", peerName);
        b.waitUntilUrlEndsWith("agreements/" + id);
        b.waitForText("#agreement-checklist-summary", "Ready");
        b.clickCentered("#agreement-approve");
        b.clickWithText("vaadin-confirm-dialog vaadin-button", "Approve");
        b.waitForText("#agreement-status", "Active");
        b.waitForText("#agreement-approvals", "approved as domain administrator");
        assertTrue(b.shows("#nav-approvals", "Approvals"), "nothing waits any more");
    }

    private void suspendAfterPreview(ConsoleBrowser b, String peerDomain) {
        b.clickCentered("#agreement-suspend");
        b.waitForText("#agreement-impact", "for " + peerDomain + ": Presence subscription");
        b.waitForText("#agreement-impact", "No gateway of");
        b.screenshot("agreement-suspend-impact");
        b.click("#status-change-confirm");
        b.waitForAttribute("vaadin-text-area#status-change-reason", "invalid");
        assertEquals("Active", b.property("#agreement-status", "textContent"), "nothing happens without a reason");
        b.type("vaadin-text-area#status-change-reason textarea", "Peer maintenance window");
        b.click("#status-change-confirm");
        b.waitForText("#agreement-status", "Suspended");
    }

    /** Types into the combo box, waits for the item to load and picks it with the keyboard, as a person would. */
    private static void choosePeer(ConsoleBrowser browser, String peerName) {
        String input = "vaadin-combo-box#agreement-peer input";
        browser.type(input, peerName);
        browser.waitForDeep("vaadin-combo-box-item", peerName);
        browser.keys(input, Keys.ARROW_DOWN);
        browser.keys(input, Keys.ENTER);
        browser.keys(input, Keys.TAB);
        browser.waitForValue(input, peerName);
    }

    private void signIn(ConsoleBrowser browser, String username) {
        browser.signIn(username, PASSWORD);
        browser.visible("vaadin-grid#peer-grid");
    }

    private String account(String local) {
        String username = unique("da");
        var reply = ApiClient.admin(base).post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"DOMAIN_ADMIN\"],\"localDomains\":[\"" + local + "\"]}");
        assertEquals(201, reply.status(), reply::toString);
        return username;
    }

    private static void trust(ApiClient admin, long peerId, String domain) throws IOException, InterruptedException {
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(domain, "serverAuth,clientAuth", 200);
        assertEquals(201, upload(admin, "peer-networks/" + peerId + "/trust-anchors", openssl.read("ca.pem")).status());
        assertEquals(201, upload(admin, "peer-networks/" + peerId + "/certificates", openssl.read("leaf.pem")).status());
    }

    private static ApiClient.Reply upload(ApiClient api, String path, String pem) {
        return api.send(api.request(path).header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(pem)));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
