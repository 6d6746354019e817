package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
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
 * Public groups (C5) and clearing-house settings through the REST API: whole creates and updates, bad input refused
 * with nothing stored, scopes, stale versions, and a hub's transitive-trust policy as the activation gate sees it.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): a duplicate group and a stale version are recognised
 * from what the database reports (SQLSTATE, version column), which differs between H2 and PostgreSQL.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class PublicGroupAndHubApiIT {

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
        String name = unique("local") + ".example.com";
        var reply = admin.post("local-domains", "{\"name\":\"" + name + "\",\"displayName\":\"Local\"}");
        assertEquals(201, reply.status(), reply::toString);
        return name;
    }

    private static long created(ApiClient.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long peer(ApiClient api, String domain) {
        return created(api.post("peer-networks", Json.peer("Peer " + domain, domain)));
    }

    private static long hub(ApiClient api, String domain) {
        return created(api.post("peer-networks", Json.peer("Hub " + domain, domain)
                .replace("\"PEER_NETWORK\"", "\"CLEARING_HOUSE\"")));
    }

    private static long member(ApiClient api, String domain, long hubId) {
        String json = Json.peer("Member " + domain, domain);
        return created(api.post("peer-networks", json.substring(0, json.length() - 1) + ",\"clearingHouseId\":"
                + hubId + "}"));
    }

    private ApiClient account(String role, String localDomain) {
        String username = unique(role.toLowerCase().replace('_', '-'));
        String domains = localDomain == null ? "[]" : "[\"" + localDomain + "\"]";
        var reply = ApiClient.admin(base).post("accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"localDomains\":" + domains + "}");
        assertEquals(201, reply.status(), reply::toString);
        return ApiClient.as(base, username, PASSWORD);
    }

    private static List<Long> ids(JsonObject group) {
        return group.getJsonArray("exposedTo").getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue)
                .sorted().toList();
    }

    @Test
    void aPublicGroupIsCreatedExposedResizedAndRemovedWithEveryStepAudited() {
        ApiClient admin = ApiClient.admin(base);
        String local = localDomain(admin);
        long first = peer(admin, unique("pg") + ".example.net");
        long second = peer(admin, unique("pg") + ".example.net");

        var made = admin.post("public-groups", "{\"localDomain\":\"" + local + "\",\"uri\":\"sip:support@" + local
                + "\",\"maxSize\":50,\"exposedTo\":[" + first + "]}");
        long id = created(made);
        assertEquals(List.of(first), ids(made.json()));
        long madeVersion = made.json().getJsonNumber("version").longValue();
        assertEquals("\"" + madeVersion + "\"", made.header("ETag"));

        var updated = admin.put("public-groups/" + id, "{\"maxSize\":200,\"exposedTo\":[" + first + "," + second
                + "],\"version\":" + madeVersion + "}");
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(200, updated.json().getInt("maxSize"));
        assertEquals(List.of(first, second).stream().sorted().toList(), ids(updated.json()));

        var stale = admin.put("public-groups/" + id, "{\"maxSize\":10,\"exposedTo\":[],\"version\":"
                + madeVersion + "}");
        assertEquals(409, stale.status(), stale::toString);
        assertEquals(200, admin.get("public-groups/" + id).json().getInt("maxSize"), "a stale update changes nothing");

        long version = updated.json().getJsonNumber("version").longValue();
        var removed = admin.send(admin.request("public-groups/" + id).header("If-Match", "\"" + version + "\"")
                .DELETE());
        assertEquals(204, removed.status(), removed::toString);
        assertEquals(404, admin.get("public-groups/" + id).status());

        var trail = admin.get("audit?q=PUBLIC_GROUP&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> Long.toString(id).equals(e.getString("targetId", null)))
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("PUBLIC_GROUP_REMOVED", "PUBLIC_GROUP_UPDATED", "PUBLIC_GROUP_CREATED"), trail);
    }

    @Test
    void badPublicGroupsAreRefusedWithTheFieldAtFaultAndNothingIsStored() {
        ApiClient admin = ApiClient.admin(base);
        String local = localDomain(admin);
        long peerId = peer(admin, unique("bad") + ".example.net");
        String other = "sip:support@elsewhere.example.org";

        var foreignUri = admin.post("public-groups", "{\"localDomain\":\"" + local + "\",\"uri\":\"" + other
                + "\",\"maxSize\":5}");
        assertEquals(422, foreignUri.status(), foreignUri::toString);
        assertEquals("uri", foreignUri.json().getString("field"), foreignUri::toString);

        var hostile = admin.post("public-groups", "{\"localDomain\":\"" + local + "\",\"uri\":\"sip:<script>@"
                + local + "\",\"maxSize\":5}");
        assertEquals(422, hostile.status(), hostile::toString);

        var absurd = admin.post("public-groups", "{\"localDomain\":\"" + local + "\",\"uri\":\"sip:a@" + local
                + "\",\"maxSize\":-3}");
        assertEquals(422, absurd.status(), absurd::toString);
        assertEquals("maxSize", absurd.json().getString("field"), absurd::toString);

        var unknownPeer = admin.post("public-groups", "{\"localDomain\":\"" + local + "\",\"uri\":\"sip:b@" + local
                + "\",\"maxSize\":5,\"exposedTo\":[" + peerId + ",987654321]}");
        assertEquals(422, unknownPeer.status(), unknownPeer::toString);
        assertEquals("exposedTo", unknownPeer.json().getString("field"), unknownPeer::toString);

        String uri = "sip:dup@" + local;
        created(admin.post("public-groups", "{\"localDomain\":\"" + local + "\",\"uri\":\"" + uri
                + "\",\"maxSize\":5}"));
        var duplicate = admin.post("public-groups", "{\"localDomain\":\"" + local + "\",\"uri\":\"" + uri
                + "\",\"maxSize\":9}");
        assertEquals(409, duplicate.status(), duplicate::toString);

        var listed = admin.get("public-groups?localDomain=" + local).json();
        assertEquals(1, listed.getJsonNumber("total").longValue(), listed::toString);
        assertEquals(uri, listed.getJsonArray("items").getJsonObject(0).getString("uri"));
    }

    @Test
    void aDomainAdministratorManagesOnlyTheGroupsOfTheirDomains() {
        ApiClient admin = ApiClient.admin(base);
        String own = localDomain(admin);
        String foreign = localDomain(admin);
        long foreignGroup = created(admin.post("public-groups", "{\"localDomain\":\"" + foreign
                + "\",\"uri\":\"xmpp:support@" + foreign + "\",\"maxSize\":5}"));
        ApiClient domainAdmin = account("DOMAIN_ADMIN", own);

        assertEquals(403, domainAdmin.post("public-groups", "{\"localDomain\":\"" + foreign
                + "\",\"uri\":\"xmpp:x@" + foreign + "\",\"maxSize\":5}").status());
        assertEquals(404, domainAdmin.get("public-groups/" + foreignGroup).status());
        assertEquals(403, domainAdmin.put("public-groups/" + foreignGroup,
                "{\"maxSize\":6,\"exposedTo\":[],\"version\":0}").status());
        created(domainAdmin.post("public-groups", "{\"localDomain\":\"" + own + "\",\"uri\":\"xmpp:help@" + own
                + "\",\"maxSize\":5}"));
        var mine = domainAdmin.get("public-groups?limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(mine.stream().allMatch(g -> g.getString("localDomain").equals(own)), mine::toString);
    }

    @Test
    void aHubIsConfiguredOnlyByThoseEntitledAndNeverWithStaleOrUnknownValues() {
        ApiClient admin = ApiClient.admin(base);
        long hubId = hub(admin, unique("hub") + ".example.org");
        long plainPeer = peer(admin, unique("plain") + ".example.net");

        var defaults = admin.get("peer-networks/" + hubId + "/clearing-house");
        assertEquals(200, defaults.status(), defaults::toString);
        assertEquals("REQUIRE_MEMBER_CERTIFICATES", defaults.json().getString("transitiveTrust"));
        assertFalse(defaults.json().containsKey("version") && !defaults.json().isNull("version"),
                defaults::toString);

        assertEquals(422, admin.get("peer-networks/" + plainPeer + "/clearing-house").status());
        var unknown = admin.put("peer-networks/" + hubId + "/clearing-house",
                "{\"services\":[\"TIME_TRAVEL\"],\"transitiveTrust\":\"REQUIRE_MEMBER_CERTIFICATES\"}");
        assertEquals(422, unknown.status(), unknown::toString);
        assertEquals("services", unknown.json().getString("field"), unknown::toString);

        ApiClient domainAdmin = account("DOMAIN_ADMIN", localDomain(admin));
        var widened = domainAdmin.put("peer-networks/" + hubId + "/clearing-house",
                "{\"services\":[],\"transitiveTrust\":\"ACCEPT_HUB_ASSERTED_IDENTITIES\"}");
        assertEquals(403, widened.status(), widened::toString);

        var saved = admin.put("peer-networks/" + hubId + "/clearing-house", "{\"services\":[\"CENTRAL_LOGGING\","
                + "\"NWAY_CHAT_HOSTING\"],\"transitiveTrust\":\"ACCEPT_HUB_ASSERTED_IDENTITIES\"}");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("\"0\"", saved.header("ETag"));
        var again = admin.put("peer-networks/" + hubId + "/clearing-house",
                "{\"services\":[],\"transitiveTrust\":\"REQUIRE_MEMBER_CERTIFICATES\"}");
        assertEquals(409, again.status(), "saving without the version read must not overwrite: " + again);
        assertEquals("ACCEPT_HUB_ASSERTED_IDENTITIES", admin.get("peer-networks/" + hubId + "/clearing-house")
                .json().getString("transitiveTrust"));
        // The peer's own endpoints still answer next to the sub-resource (same JAX-RS root).
        assertEquals(200, admin.get("peer-networks/" + hubId).status());
    }

    @Test
    void aVouchingHubOpensTheGateForAMemberWithoutEvidenceOfItsOwn() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        String local = localDomain(admin);
        String hubDomain = unique("hub") + ".example.org";
        long hubId = hub(admin, hubDomain);
        long memberId = member(admin, unique("member") + ".example.net", hubId);
        Openssl openssl = Openssl.inTempDirectory();
        openssl.caAndLeaf(hubDomain, "serverAuth,clientAuth", 200);
        assertEquals(201, upload(admin, "peer-networks/" + hubId + "/trust-anchors", openssl.read("ca.pem")));
        assertEquals(201, upload(admin, "peer-networks/" + hubId + "/certificates", openssl.read("leaf.pem")));

        String grant = "{\"services\":[\"PRESENCE\",\"PAGER_IM\"],\"messagesPerSecond\":10}";
        long id = created(admin.post("agreements", "{\"localDomain\":\"" + local + "\",\"peerNetworkId\":"
                + memberId + ",\"clearingHouseId\":" + hubId + ",\"inbound\":" + grant + ",\"outbound\":" + grant
                + ",\"tlsVersion\":\"TLS_1_3\",\"validFrom\":\"" + LocalDate.now() + "\",\"validUntil\":\""
                + LocalDate.now().plusYears(1) + "\"}"));

        var required = admin.get("agreements/" + id + "/checklist").json();
        assertFalse(required.getBoolean("passed"), required::toString);
        assertTrue(required.toString().contains("PEER_DOMAIN_UNTRUSTED"), required::toString);

        assertEquals(200, admin.put("peer-networks/" + hubId + "/clearing-house",
                "{\"services\":[],\"transitiveTrust\":\"ACCEPT_HUB_ASSERTED_IDENTITIES\"}").status());
        var vouched = admin.get("agreements/" + id + "/checklist").json();
        assertTrue(vouched.getBoolean("passed"), vouched::toString);
        assertTrue(vouched.toString().contains("Accepted on the word of the clearing house"), vouched::toString);
    }

    private static int upload(ApiClient api, String path, String pem) {
        return api.send(api.request(path).header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(pem))).status();
    }
}
