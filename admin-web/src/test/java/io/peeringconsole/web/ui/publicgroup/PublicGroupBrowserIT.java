package io.peeringconsole.web.ui.publicgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.web.it.ApiClient;
import io.peeringconsole.web.it.ConsoleDeployment;
import io.peeringconsole.web.it.Json;
import io.peeringconsole.web.ui.ConsoleBrowser;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.Keys;

/**
 * An administrator exposes a public group to a peer and lets a clearing house vouch for its members, in the browser,
 * and the API sees exactly what was chosen.
 */
@ExtendWith(ArquillianExtension.class)
class PublicGroupBrowserIT {

    private static final String GRID = "vaadin-grid#public-group-grid";

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
        String password = System.getProperty("it.admin.password");
        assertTrue(password != null && !password.isBlank(), "set -Dit.admin.password (the pom does)");
        browser.signIn("admin", password);
        browser.present("#console-nav");
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot("public-group-" + test.getTestMethod().map(m -> m.getName()).orElse("page"));
        browser.close();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aGroupIsCreatedForALocalDomainAndExposedToOnePeer() {
        ApiClient admin = ApiClient.admin(base);
        String local = unique("groups") + ".example.com";
        assertEquals(201, admin.post("local-domains", "{\"name\":\"" + local + "\",\"displayName\":\"Groups\"}")
                .status());
        String peerName = "Peer " + unique("exposed");
        var peer = admin.post("peer-networks", Json.peer(peerName, unique("exposed") + ".example.net"));
        assertEquals(201, peer.status(), peer::toString);
        long peerId = peer.json().getJsonNumber("id").longValue();

        browser.open("public-groups");
        browser.click("#new-public-group");
        browser.type("#public-group-domain input", local);
        browser.visible("#public-group-domain input").sendKeys(Keys.ENTER);
        browser.typeAndLeave("#public-group-uri input", "sip:support@" + local);
        browser.typeAndLeave("#public-group-max-size input", "250");
        browser.type("#public-group-peers input", peerName);
        browser.clickWithText("vaadin-multi-select-combo-box-item", peerName + " (" + peer.json()
                .getJsonArray("domains").getString(0) + ")");
        browser.visible("#public-group-peers input").sendKeys(Keys.ESCAPE);
        browser.click("#public-group-save");

        browser.waitForCell(GRID, "sip:support@" + local);
        browser.waitForCell(GRID, peerName);
        JsonObject stored = admin.get("public-groups?localDomain=" + local).json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals(250, stored.getInt("maxSize"));
        assertEquals(peerId, stored.getJsonArray("exposedTo").getJsonNumber(0).longValue());
    }

    @Test
    void aClearingHouseIsAllowedToVouchForItsMembers() {
        ApiClient admin = ApiClient.admin(base);
        String hubName = "Hub " + unique("hub");
        var hub = admin.post("peer-networks", Json.peer(hubName, unique("hub") + ".example.org")
                .replace("\"PEER_NETWORK\"", "\"CLEARING_HOUSE\""));
        assertEquals(201, hub.status(), hub::toString);
        long hubId = hub.json().getJsonNumber("id").longValue();

        browser.open("peer-networks/" + hubId + "/clearing-house");
        browser.waitForText("#hub-last-change", "Not configured yet: the defaults shown apply.");
        browser.clickWithText("#hub-services vaadin-checkbox", "Central logging of the traffic it relays");
        browser.clickWithText("#hub-transitive-trust vaadin-radio-button", "Accept the identities the hub asserts"
                + " for its members, while the hub itself validates");
        browser.click("#hub-save");
        browser.waitForText("#hub-last-change", "Last changed by admin");

        JsonObject stored = admin.get("peer-networks/" + hubId + "/clearing-house").json();
        assertEquals("ACCEPT_HUB_ASSERTED_IDENTITIES", stored.getString("transitiveTrust"), stored::toString);
        assertEquals("CENTRAL_LOGGING", stored.getJsonArray("services").getString(0), stored::toString);
    }
}
