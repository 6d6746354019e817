package io.peeringconsole.web.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleDeployment;
import io.peeringconsole.web.it.OfflineVerifier;
import io.peeringconsole.web.ui.ConsoleBrowser;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.Keys;

/** The security officer's audit trail in a real browser: filters, an entry's diff, verification, alerts; fail-closed. */
@ExtendWith(ArquillianExtension.class)
class AuditBrowserIT {

    private static final String AUDIT_GRID = "vaadin-grid#audit-grid";
    private static final String DIFF_GRID = "vaadin-grid#audit-diff";
    private static final String PASSWORD = "audit-browser-password-1";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

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
        browser.screenshot("audit-" + test.getTestMethod().map(m -> m.getName()).orElse("audit"));
        browser.close();
    }

    @Test
    void aSecurityOfficerFiltersTheTrailReadsAnEntrysDiffVerifiesTheChainAndExportsTheRange() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        String domain = "diff-" + unique() + ".example.com";
        assertEquals(201, admin.post("local-domains", "{\"name\":\"" + domain + "\",\"displayName\":\"Before\"}")
                .status());
        var renamed = admin.put("local-domains/" + domain, "{\"name\":\"" + domain + "\",\"displayName\":\"After\"}",
                "0");
        assertEquals(200, renamed.status(), renamed::toString);
        String officer = createAccount(admin, "SECURITY_OFFICER");
        String attacked = createAccount(admin, "SECURITY_OFFICER");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, ApiClient.as(base, attacked, "guess-" + i).get("audit").status());
        }

        browser.signIn(officer, PASSWORD);
        browser.visible("vaadin-side-nav-item");
        browser.open("audit");
        Instant now = Instant.now();
        setDateTime("audit-from", now.minus(1, ChronoUnit.HOURS));
        setDateTime("audit-to", now.plus(1, ChronoUnit.HOURS));
        browser.type("vaadin-multi-select-combo-box#audit-actions input", "LOCAL_DOMAIN_UPDATED");
        browser.clickWithText("vaadin-multi-select-combo-box-item", "LOCAL_DOMAIN_UPDATED");
        browser.press("vaadin-multi-select-combo-box#audit-actions input", Keys.ESCAPE);
        browser.typeAndLeave("vaadin-text-field#audit-actor input", "admin");
        browser.waitForCell(AUDIT_GRID, domain);
        browser.waitForText("#audit-total", "match");
        // The grid keeps hidden rows from before the filter in the DOM; what is displayed is what counts.
        assertTrue(eventually(() -> !browser.shows(AUDIT_GRID + " vaadin-grid-cell-content", "LOCAL_DOMAIN_CREATED")
                && !browser.shows(AUDIT_GRID + " vaadin-grid-cell-content", "LOGIN_FAILED")),
                "only the chosen action is shown");

        browser.clickCell(AUDIT_GRID, domain);
        browser.waitForCell(DIFF_GRID, "displayName");
        browser.waitForCell(DIFF_GRID, "Before");
        browser.waitForCell(DIFF_GRID, "After");
        browser.waitForCell(DIFF_GRID, "changed");
        browser.screenshot("audit-entry-diff");
        browser.clickWithText("vaadin-button", "Close");

        browser.click("#audit-verify");
        browser.waitForText("vaadin-notification-card", "The audit trail is intact");

        browser.click("#audit-checkpoint-sign");
        browser.waitForText("#audit-checkpoint-newest", "Newest checkpoint: entry #");
        exportTheFilteredRangeAndVerifyItOffline(domain);

        browser.open("dashboard");
        browser.waitForText("#dashboard-alerts", "5 failed logins for " + attacked);
        browser.waitForText("#dashboard-alerts", "What to do");
        browser.waitForText("#forwarding-panel", "peering.audit.syslog.host");
        browser.waitForText(".dashboard-alert a", "Show the entries");

        browser.open("audit?action=LOGIN_FAILED&actor=" + attacked);
        browser.waitForValue("vaadin-text-field#audit-actor input", attacked);
        browser.waitForText("#audit-total", "5 entries match");
    }

    @Test
    void withTheAuditTableUnwritableAnAdministratorsChangeIsRefusedAndTheUiSaysWhy() {
        ApiClient admin = ApiClient.admin(base);
        String domain = "refused-" + unique() + ".example.com";
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.visible("vaadin-side-nav-item");
        browser.open("local-domains");
        browser.click("#new-local-domain");
        browser.type("vaadin-text-field#local-domain-name input", domain);
        browser.type("vaadin-text-field#local-domain-display-name input", "Never stored");

        assertEquals(200, admin.post("test-support/audit-table?writable=false", "").status());
        try {
            browser.click("#local-domain-save");
            browser.waitForText("vaadin-notification-card", "the audit trail could not record it");
            browser.screenshot("audit-fail-closed");
        } finally {
            assertEquals(200, admin.post("test-support/audit-table?writable=true", "").status());
        }
        assertEquals(404, admin.get("local-domains/" + domain).status(), "nothing was stored");
    }

    /** Types a UTC date and time into a date-time picker's two inputs, as a person would. */
    /** Exports what the filter shows as JSON Lines, downloads it as the officer, and checks it without the console. */
    private void exportTheFilteredRangeAndVerifyItOffline(String domain) throws Exception {
        browser.click("#audit-export-jsonl");
        browser.click("#audit-export-start");
        browser.visible("#audit-export-download");
        browser.waitForText("#audit-export-status", "exported");
        String href = browser.property("#audit-export-download", "href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        Path export = Files.createTempFile("audit-export-", ".jsonl");
        Files.write(export, download.body());
        String text = Files.readString(export);
        assertTrue(text.contains(domain) && text.contains("LOCAL_DOMAIN_UPDATED"), "the filtered entry is exported");
        assertTrue(!text.contains("LOGIN_FAILED"), "entries outside the filter are not exported");
        OfflineVerifier.Outcome intact = OfflineVerifier.run(export);
        assertEquals(0, intact.exitStatus(), intact::toString);

        byte[] flipped = download.body().clone();
        int at = text.indexOf(domain);
        flipped[at] = (byte) (flipped[at] ^ 0x01);
        Files.write(export, flipped);
        OfflineVerifier.Outcome tampered = OfflineVerifier.run(export);
        assertTrue(tampered.exitStatus() != 0, "one flipped byte must fail the offline check: " + tampered);
        browser.clickWithText("vaadin-button", "Close");
    }

    private void setDateTime(String id, Instant at) {
        browser.typeAndLeave("vaadin-date-time-picker#" + id + " vaadin-date-picker input", DATE.format(at));
        browser.typeAndLeave("vaadin-date-time-picker#" + id + " vaadin-time-picker input", TIME.format(at));
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
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

    private static String createAccount(ApiClient admin, String role) {
        String username = "audit-ui-" + unique();
        var reply = admin.post("accounts", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + role + "\"],\"localDomains\":[]}");
        assertEquals(201, reply.status(), reply::toString);
        return username;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
