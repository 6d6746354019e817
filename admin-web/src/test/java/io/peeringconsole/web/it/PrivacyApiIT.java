package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Privacy-sharing permissions through the REST API: default deny, set, reset, conflicts, bad input, scopes, the
 * preview in each mode, hostile XML, and the security officer that policy delegation calls for in agreements.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): a second create from default deny loses on a unique
 * key and a stale write on the version column, both reported by the database.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class PrivacyApiIT {

    private static final String PASSWORD = "correct horse battery";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String localDomain(ApiClient admin) {
        String name = unique("privacy") + ".example.com";
        var reply = admin.post("local-domains", "{\"name\":\"" + name + "\",\"displayName\":\"Privacy\"}");
        assertEquals(201, reply.status(), reply::toString);
        return name;
    }

    private static long peer(ApiClient api, String domain) {
        var reply = api.post("peer-networks", Json.peer("Privacy peer " + domain, domain));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private ApiClient account(String role, String localDomain) {
        String username = unique(role.toLowerCase().replace('_', '-'));
        String domains = localDomain == null ? "[]" : "[\"" + localDomain + "\"]";
        var reply = ApiClient.admin(base).post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"localDomains\":" + domains + "}");
        assertEquals(201, reply.status(), reply::toString);
        return ApiClient.as(base, username, PASSWORD);
    }

    private static String permission(String local, long peerId) {
        return "local-domains/" + local + "/privacy-permissions/" + peerId;
    }

    private static List<String> strings(JsonObject json, String member) {
        return json.getJsonArray(member).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void aPairStartsAtDefaultDenyIsSetWithVersionsAndResetAndEveryChangeIsAudited() {
        ApiClient admin = ApiClient.admin(base);
        String local = localDomain(admin);
        String peerDomain = unique("peer") + ".example.net";
        long peerId = peer(admin, peerDomain);

        var initial = admin.get(permission(local, peerId));
        assertEquals(200, initial.status(), initial::toString);
        assertTrue(initial.json().getBoolean("defaultDeny"), initial::toString);
        assertEquals(List.of(), strings(initial.json(), "attributes"));
        assertEquals("PER_WATCHER", initial.json().getString("mode"));
        assertNull(initial.header("ETag"));

        var set = admin.put(permission(local, peerId), "{\"attributes\":[\"BASIC_STATUS\",\"note\"],"
                + "\"mode\":\"VIEW_SHARING\"}", null);
        assertEquals(200, set.status(), set::toString);
        assertEquals(List.of("BASIC_STATUS", "NOTE"), strings(set.json(), "attributes"));
        assertEquals("\"0\"", set.header("ETag"));
        assertEquals("admin", set.json().getString("changedBy"));

        var again = admin.put(permission(local, peerId), "{\"attributes\":[],\"mode\":\"PER_WATCHER\"}", null);
        assertEquals(409, again.status(), "a second create from default deny is stale: " + again);
        var stale = admin.put(permission(local, peerId), "{\"attributes\":[],\"mode\":\"PER_WATCHER\"}", "\"7\"");
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.json().getString("detail").contains("reload"), stale::toString);

        var changed = admin.put(permission(local, peerId), "{\"attributes\":[\"MOOD\"],\"mode\":\"PER_WATCHER\","
                + "\"version\":0}", null);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(1, changed.json().getJsonNumber("version").longValue());

        var listed = admin.get("local-domains/" + local + "/privacy-permissions?q=" + peerDomain.substring(0, 13));
        assertEquals(200, listed.status(), listed::toString);
        List<JsonObject> items = listed.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), listed::toString);
        assertEquals(List.of("MOOD"), strings(items.getFirst(), "attributes"));

        assertEquals(409, admin.delete(permission(local, peerId) + "?version=0").status());
        var reset = admin.delete(permission(local, peerId) + "?version=1");
        assertEquals(200, reset.status(), reset::toString);
        assertTrue(reset.json().getBoolean("defaultDeny"), reset::toString);
        assertTrue(admin.get(permission(local, peerId)).json().getBoolean("defaultDeny"));

        String target = local + "/" + peerId;
        var audit = admin.get("audit?q=PRIVACY_PERMISSION&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> target.equals(e.getString("targetId", null)))
                .map(e -> e.getString("action")).toList();
        assertEquals(2, audit.stream().filter("PRIVACY_PERMISSION_SET"::equals).count(), audit::toString);
        assertEquals(1, audit.stream().filter("PRIVACY_PERMISSION_RESET"::equals).count(), audit::toString);
    }

    @Test
    void unknownAttributesAndModesAreRefusedByNameAndNothingIsStored() {
        ApiClient admin = ApiClient.admin(base);
        String local = localDomain(admin);
        long peerId = peer(admin, unique("bad") + ".example.net");

        var attributes = admin.put(permission(local, peerId), "{\"attributes\":[\"NOTE\",\"SHOE_SIZE\"],"
                + "\"mode\":\"PER_WATCHER\"}", null);
        assertEquals(422, attributes.status(), attributes::toString);
        assertEquals("application/problem+json", attributes.header("Content-Type"));
        assertEquals("attributes", attributes.json().getString("field"));
        assertTrue(attributes.json().getString("detail").contains("SHOE_SIZE"), attributes::toString);

        var mode = admin.put(permission(local, peerId), "{\"attributes\":[\"NOTE\"],\"mode\":\"BROADCAST\"}", null);
        assertEquals(422, mode.status(), mode::toString);
        assertEquals("mode", mode.json().getString("field"));
        assertTrue(mode.json().getString("detail").contains("BROADCAST"), mode::toString);

        assertTrue(admin.get(permission(local, peerId)).json().getBoolean("defaultDeny"), "nothing stored");
        assertEquals(404, admin.get(permission(local, 999_999_999L)).status());
    }

    @Test
    void domainAdministratorsSeeOnlyTheirDomainsAndASecurityOfficerOnlyReadsOrDelegates() {
        ApiClient admin = ApiClient.admin(base);
        String own = localDomain(admin);
        String foreign = localDomain(admin);
        long peerId = peer(admin, unique("scope") + ".example.net");
        ApiClient domainAdmin = account("DOMAIN_ADMIN", own);
        ApiClient officer = account("SECURITY_OFFICER", null);
        String body = "{\"attributes\":[\"BASIC_STATUS\"],\"mode\":\"PER_WATCHER\"}";

        assertEquals(403, domainAdmin.get(permission(foreign, peerId)).status());
        assertEquals(403, domainAdmin.get("local-domains/" + foreign + "/privacy-permissions").status());
        var refused = domainAdmin.put(permission(foreign, peerId), body, null);
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertTrue(admin.get(permission(foreign, peerId)).json().getBoolean("defaultDeny"));

        assertEquals(200, domainAdmin.put(permission(own, peerId), body, null).status());
        assertEquals(200, officer.get(permission(own, peerId)).status());
        assertEquals(403, officer.put(permission(own, peerId), body, "\"0\"").status());
    }

    @Test
    void theLocalDomainEndpointsStillAnswerNextToThePrivacyOnes() {
        ApiClient admin = ApiClient.admin(base);
        String local = localDomain(admin);
        var read = admin.get("local-domains/" + local);
        assertEquals(200, read.status(), read::toString);
        var renamed = admin.put("local-domains/" + local, "{\"displayName\":\"Renamed\"}", read.header("ETag"));
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals(200, admin.get("local-domains?q=" + local).status());
        var deleted = admin.send(admin.request("local-domains/" + local).header("If-Match",
                renamed.json().getJsonNumber("version").toString()).DELETE());
        assertEquals(204, deleted.status(), deleted::toString);
    }

    private static String rules(String peerDomain) {
        return "<cr:ruleset xmlns:cr=\"urn:ietf:params:xml:ns:common-policy\""
                + " xmlns:pr=\"urn:ietf:params:xml:ns:pres-rules\">"
                + "<cr:rule id=\"friends\"><cr:conditions><cr:identity><cr:one id=\"sip:bob@" + peerDomain + "\"/>"
                + "<cr:one id=\"sip:dave@" + peerDomain + "\"/></cr:identity></cr:conditions>"
                + "<cr:actions><pr:sub-handling>allow</pr:sub-handling></cr:actions><cr:transformations>"
                + "<pr:provide-services><pr:all-services/></pr:provide-services>"
                + "<pr:provide-persons><pr:all-persons/></pr:provide-persons><pr:provide-mood>true</pr:provide-mood>"
                + "<pr:provide-unknown-attribute ns=\"urn:ietf:params:xml:ns:pidf\" name=\"note\">true"
                + "</pr:provide-unknown-attribute></cr:transformations></cr:rule>"
                + "<cr:rule id=\"no-eve\"><cr:conditions><cr:identity><cr:one id=\"sip:eve@" + peerDomain + "\"/>"
                + "</cr:identity></cr:conditions><cr:actions><pr:sub-handling>block</pr:sub-handling></cr:actions>"
                + "</cr:rule></cr:ruleset>";
    }

    private static String preview(long peerId, String presRules, String presence, String watcher) {
        return "{\"peerNetworkId\":" + peerId + ",\"presRules\":" + Json.quote(presRules) + ",\"presence\":"
                + presence + ",\"watcher\":" + Json.quote(watcher) + "}";
    }

    private static String presence(String local) {
        return "{\"presentity\":\"sip:alice@" + local + "\",\"attributes\":{\"BASIC_STATUS\":\"open\","
                + "\"NOTE\":\"In a meeting\",\"MOOD\":\"happy\",\"LOCATION\":\"Paris\"}}";
    }

    @Test
    void thePreviewShowsWhatThePeerReceivesInEachModeAndNeverTheBlock() {
        ApiClient admin = ApiClient.admin(base);
        String local = localDomain(admin);
        String peerDomain = unique("view") + ".example.net";
        long peerId = peer(admin, peerDomain);
        String path = "local-domains/" + local + "/privacy-preview";
        String bob = "sip:bob@" + peerDomain;

        var denied = admin.post(path, preview(peerId, rules(peerDomain), presence(local), bob));
        assertEquals(200, denied.status(), denied::toString);
        assertEquals(JsonObject.EMPTY_JSON_OBJECT, denied.json().getJsonObject("watcher").getJsonObject("sees")
                .getJsonObject("attributes"), "default deny: nothing but the presentity leaves");

        Long version = null;
        for (String mode : List.of("PER_WATCHER", "VIEW_SHARING", "POLICY_DELEGATION")) {
            var set = admin.put(permission(local, peerId), "{\"attributes\":[\"BASIC_STATUS\",\"NOTE\"],\"mode\":\""
                    + mode + "\",\"version\":" + version + "}", null);
            assertEquals(200, set.status(), set::toString);
            version = set.json().getJsonNumber("version").longValue();
            var reply = admin.post(path, preview(peerId, rules(peerDomain), presence(local), "sip:eve@" + peerDomain));
            assertEquals(200, reply.status(), reply::toString);
            JsonObject result = reply.json();
            assertEquals(mode, result.getString("mode"));
            assertFalse(result.getJsonObject("watcher").getBoolean("receives"), reply::toString);
            List<JsonObject> sent = result.getJsonArray("sent").getValuesAs(JsonObject.class);
            sent.forEach(s -> assertFalse(strings(s, "watchers").contains("sip:eve@" + peerDomain), reply::toString));
            sent.forEach(s -> assertEquals(List.of("BASIC_STATUS", "NOTE"), List.copyOf(s.getJsonObject("presence")
                    .getJsonObject("attributes").keySet()), reply::toString));
            switch (mode) {
                case "PER_WATCHER" -> assertEquals(2, sent.size(), reply::toString);
                case "VIEW_SHARING" -> assertEquals(List.of(bob, "sip:dave@" + peerDomain),
                        strings(sent.getFirst(), "watchers"));
                default -> {
                    assertEquals(1, sent.size(), reply::toString);
                    String delegated = result.getString("delegatedRules");
                    assertTrue(delegated.contains(bob) && !delegated.contains("eve"), delegated);
                }
            }
        }
        var asText = admin.post(path, preview(peerId, rules(peerDomain), Json.quote(presence(local)), bob));
        assertEquals(200, asText.status(), asText::toString);
        assertTrue(asText.json().getJsonObject("watcher").getBoolean("receives"), asText::toString);
        var outsider = admin.post(path, preview(peerId, rules(peerDomain), presence(local), "sip:x@other.example"));
        assertEquals(422, outsider.status(), outsider::toString);
        assertEquals("watcher", outsider.json().getString("field"));
    }

    @Test
    void hostilePresRulesAreRefusedWithAClearMessage() {
        ApiClient admin = ApiClient.admin(base);
        String local = localDomain(admin);
        long peerId = peer(admin, unique("hostile") + ".example.net");
        String path = "local-domains/" + local + "/privacy-preview";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<cr:ruleset xmlns:cr=\"urn:ietf:params:xml:ns:common-policy\">&x;</cr:ruleset>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";
        String huge = "<cr:ruleset xmlns:cr=\"urn:ietf:params:xml:ns:common-policy\"><!--" + "x".repeat(1_100_000)
                + "--></cr:ruleset>";
        for (String hostile : List.of(xxe, laughs, huge)) {
            var reply = admin.post(path, preview(peerId, hostile, presence(local), null));
            assertEquals(422, reply.status(), reply::toString);
            assertEquals("presRules", reply.json().getString("field"), reply::toString);
            String detail = reply.json().getString("detail");
            assertTrue(detail.contains("DTD") || detail.contains("larger than 1 MiB"), detail);
            assertFalse(detail.contains("root:"), "no file content leaks: " + detail);
        }
    }

    private static long trustedPeer(ApiClient admin, String domain) throws Exception {
        long peerId = peer(admin, domain);
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(domain, "serverAuth,clientAuth", 200);
        for (var upload : List.of(List.of("trust-anchors", "ca.pem"), List.of("certificates", "leaf.pem"))) {
            var reply = admin.send(admin.request("peer-networks/" + peerId + "/" + upload.get(0))
                    .header("Content-Type", "application/x-pem-file")
                    .POST(HttpRequest.BodyPublishers.ofString(openssl.read(upload.get(1)))));
            assertEquals(201, reply.status(), reply::toString);
        }
        return peerId;
    }

    private static long submittedAgreement(ApiClient admin, String local, long peerId) {
        String grant = "{\"services\":[\"PRESENCE\",\"PAGER_IM\"],\"messagesPerSecond\":10}";
        var drafted = admin.post("agreements", "{\"localDomain\":\"" + local + "\",\"peerNetworkId\":" + peerId
                + ",\"inbound\":" + grant + ",\"outbound\":" + grant + ",\"tlsVersion\":\"TLS_1_3\",\"validFrom\":\""
                + LocalDate.now() + "\",\"validUntil\":\"" + LocalDate.now().plusYears(1) + "\"}");
        assertEquals(201, drafted.status(), drafted::toString);
        long id = drafted.json().getJsonNumber("id").longValue();
        var submitted = admin.post("agreements/" + id + "/submission?version=0", "");
        assertEquals(200, submitted.status(), submitted::toString);
        return id;
    }

    @Test
    void anAgreementForADelegatingPairNeedsASecurityOfficerAndAnAgreedPairIsNotSwitchedBehindItsBack()
            throws Exception {
        ApiClient admin = ApiClient.admin(base);
        ApiClient secondAdmin = account("ADMIN", null);
        ApiClient officer = account("SECURITY_OFFICER", null);
        String local = localDomain(admin);
        String delegating = unique("deleg") + ".example.net";
        long delegatingId = trustedPeer(admin, delegating);
        var delegation = admin.put(permission(local, delegatingId), "{\"attributes\":[\"BASIC_STATUS\"],"
                + "\"mode\":\"POLICY_DELEGATION\"}", null);
        assertEquals(200, delegation.status(), delegation::toString);
        assertTrue(delegation.json().getBoolean("needsSecurityOfficer"));

        long id = submittedAgreement(admin, local, delegatingId);
        var pending = admin.get("agreements/" + id).json();
        assertTrue(pending.getBoolean("requiresSecurityApproval"), pending::toString);
        var byAdmin = secondAdmin.post("agreements/" + id + "/approval?version="
                + pending.getJsonNumber("version"), "");
        assertEquals(200, byAdmin.status(), byAdmin::toString);
        assertEquals("PENDING_APPROVAL", byAdmin.json().getString("status"), "a domain approval is not enough");
        var byOfficer = officer.post("agreements/" + id + "/approval?version="
                + byAdmin.json().getJsonNumber("version"), "");
        assertEquals(200, byOfficer.status(), byOfficer::toString);
        assertEquals("ACTIVE", byOfficer.json().getString("status"));

        String perWatcher = unique("plain") + ".example.net";
        long plainId = trustedPeer(admin, perWatcher);
        long plainAgreement = submittedAgreement(admin, local, plainId);
        assertFalse(admin.get("agreements/" + plainAgreement).json().getBoolean("requiresSecurityApproval"));
        String toDelegation = "{\"attributes\":[\"BASIC_STATUS\"],\"mode\":\"POLICY_DELEGATION\"}";
        var refused = admin.put(permission(local, plainId), toDelegation, null);
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("Ask a SECURITY_OFFICER"), refused::toString);
        assertTrue(admin.get(permission(local, plainId)).json().getBoolean("defaultDeny"), "nothing stored");
        var approved = officer.put(permission(local, plainId), toDelegation, null);
        assertEquals(200, approved.status(), approved::toString);
        assertEquals(approved.json().getString("changedBy"), approved.json().getString("delegationApprovedBy"));
    }
}
