package io.peeringconsole.web.ui.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleDeployment;
import io.peeringconsole.web.it.Json;
import io.peeringconsole.web.ui.ConsoleBrowser;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;

/** A peer's trust page as an administrator uses it: paste a certificate, read the verdict, be stopped from pasting a key. */
@ExtendWith(ArquillianExtension.class)
class TrustBrowserIT {

    private static final String PASTE = "vaadin-text-area#trust-paste";
    private static final String CERTIFICATE_CELLS = "vaadin-grid#trust-certificates vaadin-grid-cell-content";

    @ArquillianResource
    private URL base;

    @TempDir
    Path work;

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
        browser.screenshot("trust-" + test.getTestMethod().map(m -> m.getName()).orElse("page"));
        browser.close();
    }

    @Test
    void aCertificateForAnotherDomainIsNotTrustedAndAPastedPrivateKeyIsRefused() throws Exception {
        String domain = "trust-" + UUID.randomUUID().toString().substring(0, 8) + ".example.net";
        long peerId = createPeer(domain);
        selfSignedFor("other.example.org");
        signInAsAdmin();

        browser.open("peer-networks/" + peerId + "/trust");
        browser.waitForText("#trust-peer-domains", domain);
        browser.waitForText(verdictOf(domain), "NO_TRUST_EVIDENCE");

        pasteAndImport(read("cert.pem"));
        browser.waitForText("#trust-import-result", "Stored 1 certificate");
        browser.waitForText(CERTIFICATE_CELLS, "CN=other.example.org");
        browser.waitForText(verdictOf(domain), "DOMAIN_MISMATCH");
        browser.waitForText(verdictOf(domain) + " .trust-reason", "is not valid for " + domain);
        browser.waitForText(verdictOf(domain), TrustBadges.NOT_TRUSTED);
        scrollTo("#trust-verdicts", "start");
        browser.screenshot("trust-domain-mismatch");

        pasteAndImport(read("key.pem"));
        browser.waitForAttribute(PASTE, "invalid");
        String refusal = browser.property(PASTE, "errorMessage");
        assertTrue(refusal.contains("private key was supplied") && refusal.contains("not stored"), refusal);
        assertEquals("1 certificate", browser.property("#trust-certificate-count", "textContent"),
                "nothing was stored from the private key");
    }

    @Test
    void aCertificateThatExpiresSoonIsListedFlaggedAndLinksToItsPeer() throws Exception {
        String domain = "expiring-" + UUID.randomUUID().toString().substring(0, 8) + ".example.net";
        long peerId = createPeer(domain);
        selfSignedFor(domain);
        ApiClient api = ApiClient.admin(base);
        ApiClient.Reply uploaded = api.send(api.request("peer-networks/" + peerId + "/certificates")
                .header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofFile(work.resolve("cert.pem"))));
        assertEquals(201, uploaded.status(), uploaded::toString);
        signInAsAdmin();

        browser.typeAndLeave("vaadin-text-field#peer-search input", domain);
        browser.waitForText("vaadin-grid#peer-grid vaadin-grid-cell-content", "days left");
        browser.screenshot("trust-peer-list");
        browser.open("expiring");
        browser.waitForText("#nav-expiring", "Expiring (");
        browser.waitForText("vaadin-grid#expiring-grid vaadin-grid-cell-content", "Trust " + domain);
        browser.screenshot("trust-expiring");
        browser.clickWithText("vaadin-grid#expiring-grid a", "Trust " + domain);
        browser.waitUntilUrlEndsWith("peer-networks/" + peerId + "/trust");
        browser.waitForText(verdictOf(domain), "EXPIRES_WITHIN_30_DAYS");
    }

    @Test
    void anUploadedLeafChainingToAGlobalAnchorIsTrustedAndItsKeyCanBePinned() throws Exception {
        String domain = "chain-" + UUID.randomUUID().toString().substring(0, 8) + ".example.net";
        long peerId = createPeer(domain);
        caAndLeafFor(domain);
        signInAsAdmin();

        browser.open("trust-anchors");
        browser.type("vaadin-text-area#anchor-paste textarea", read("ca.pem"));
        browser.click("#anchor-import");
        browser.waitForText("vaadin-grid#trust-anchors vaadin-grid-cell-content", "Test Peer CA " + domain);
        browser.visible("vaadin-grid#trust-crls");
        browser.screenshot("trust-anchors");

        browser.open("peer-networks/" + peerId + "/trust");
        openssl("x509", "-in", "leaf.pem", "-outform", "der", "-out", "leaf.der");
        upload("vaadin-upload#trust-upload", work.resolve("leaf.der"));
        browser.waitForText("#trust-import-result", "Stored 1 certificate");
        browser.waitForText(verdictOf(domain), TrustBadges.TRUSTED);
        browser.waitForText("vaadin-grid#trust-peer-anchors vaadin-grid-cell-content", "Global");
        scrollTo("#trust-pin-add", "center");
        browser.type("vaadin-text-field#trust-pin input", "sha256/" + spkiPin(work.resolve("leaf.pem")));
        browser.type("vaadin-text-field#trust-pin-note input", "agreed with the peer's NOC");
        browser.click("#trust-pin-add");
        browser.waitForText("vaadin-grid#trust-pins vaadin-grid-cell-content", "agreed with the peer's NOC");
        browser.waitForText(verdictOf(domain), TrustBadges.TRUSTED);
        scrollTo("#trust-verdicts", "start");
        browser.screenshot("trust-trusted-and-pinned");
    }

    private long createPeer(String domain) {
        ApiClient.Reply created = ApiClient.admin(base).post("peer-networks", Json.peer("Trust " + domain, domain));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    /** A P-256 certificate and its key, made the way an operator would, into cert.pem and key.pem. */
    private void selfSignedFor(String name) throws IOException, InterruptedException {
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj",
                "/CN=" + name, "-addext", "subjectAltName=DNS:" + name, "-days", "30", "-keyout", "key.pem", "-out",
                "cert.pem");
    }

    private void openssl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process openssl = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(openssl.waitFor(60, TimeUnit.SECONDS), "openssl did not finish");
        assertEquals(0, openssl.exitValue(), () -> String.join(" ", command) + " failed: " + output);
    }

    /** A CA, and a leaf for {@code domain} signed by it for TLS server and client authentication. */
    private void caAndLeafFor(String domain) throws IOException, InterruptedException {
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key",
                "-out", "ca.pem", "-days", "365", "-subj", "/CN=Test Peer CA " + domain,
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "leaf.key",
                "-out", "leaf.csr", "-subj", "/CN=" + domain);
        Files.writeString(work.resolve("leaf.ext"), "subjectAltName=DNS:" + domain
                + "\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=CA:FALSE\n");
        openssl("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
                "leaf.pem", "-days", "200", "-sha256", "-extfile", "leaf.ext");
    }

    private static String spkiPin(Path certificate) throws Exception {
        try (var in = Files.newInputStream(certificate)) {
            byte[] spki = CertificateFactory.getInstance("X.509").generateCertificate(in).getPublicKey().getEncoded();
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
        }
    }

    private String read(String file) throws IOException {
        return Files.readString(work.resolve(file), StandardCharsets.US_ASCII);
    }

    private void signInAsAdmin() {
        String password = System.getProperty("it.admin.password");
        assertTrue(password != null && !password.isBlank(), "set -Dit.admin.password (the pom does)");
        browser.signIn("admin", password);
        browser.visible("vaadin-grid#peer-grid");
        browser.waitUntilUrlEndsWith("peer-networks");
    }

    /**
     * Scrolls the button to the middle of the page first: at the bottom edge, where Selenium would scroll it, the
     * previous action's notification lies over it.
     */
    private void pasteAndImport(String pem) {
        browser.type(PASTE + " textarea", pem.strip());
        scrollTo("#trust-import", "center");
        browser.click("#trust-import");
    }

    /** Chooses a file in an upload, as the file dialog would; the upload's file input lies in its shadow root. */
    private void upload(String uploadCss, Path file) {
        browser.visible(uploadCss).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Scrolls within the layout's own scroll area, which Selenium's visibility checks do not follow. */
    private void scrollTo(String css, String block) {
        browser.present(css);
        WebElement page = browser.visible("vaadin-app-layout");
        ((JavascriptExecutor) ((WrapsDriver) page).getWrappedDriver()).executeScript(
                "document.querySelector(arguments[0]).scrollIntoView({block: arguments[1]});", css, block);
    }

    private static String verdictOf(String domain) {
        return "#trust-verdicts .trust-verdict[data-domain='" + domain + "']";
    }
}
