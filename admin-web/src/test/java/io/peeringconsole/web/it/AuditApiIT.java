package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * The audit trail's filters over REST: each narrows as it says, scopes hold, sensitive values stay hashed.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): each filter is a query (text, time range, scope), and
 * repeated failed logins write the account under a row lock.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class AuditApiIT {

    private static final String PASSWORD = "audit-it-password-1";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    @Test
    void eachFilterNarrowsToWhatItNames() {
        ApiClient admin = ApiClient.admin(base);
        String a = createLocalDomain(admin);
        String b = createLocalDomain(admin);
        var renamed = admin.put("local-domains/" + a, "{\"name\":\"" + a + "\",\"displayName\":\"Renamed\"}", "0");
        assertEquals(200, renamed.status(), renamed::toString);

        List<JsonObject> ofA = items(admin, "domain=" + a);
        assertEquals(List.of("LOCAL_DOMAIN_UPDATED", "LOCAL_DOMAIN_CREATED"), actions(ofA), "newest first");
        JsonObject created = ofA.get(1);
        JsonObject updated = ofA.get(0);
        assertEquals(List.of("LOCAL_DOMAIN_CREATED", "LOCAL_DOMAIN_UPDATED"), actions(items(admin,
                "domain=" + a + "&sort=sequence,asc")));
        assertEquals(List.of("LOCAL_DOMAIN_UPDATED"), actions(items(admin, "domain=" + a
                + "&action=LOCAL_DOMAIN_UPDATED")));
        assertEquals(2, total(admin, "domain=" + a + "&action=LOCAL_DOMAIN_CREATED,LOCAL_DOMAIN_UPDATED"));
        assertEquals(2, total(admin, "domain=" + a + "&actor=admin"));
        assertEquals(0, total(admin, "domain=" + a + "&actor=someone-else"));
        assertEquals(List.of("LOCAL_DOMAIN_UPDATED"), actions(items(admin, "domain=" + a + "&from="
                + encode(updated.getString("occurredAt")))), "from is inclusive");
        assertEquals(List.of("LOCAL_DOMAIN_CREATED"), actions(items(admin, "domain=" + a + "&to="
                + encode(updated.getString("occurredAt")))), "to is exclusive");
        assertEquals(2, total(admin, "targetType=LocalDomain&targetId=" + created.getString("targetId")));
        assertEquals(0, total(admin, "domain=" + a + "&outcome=FAILURE"));
        assertEquals(2, total(admin, "domain=" + a + "&outcome=success"));
        assertEquals(1, total(admin, "domain=" + b));
        assertEquals(1, total(admin, "domain=" + a + "&q=updated"));
        assertEquals(1, total(admin, "domain=" + a + "&action=LOCAL_DOMAIN_UPDATED&from="
                + encode(created.getString("occurredAt")) + "&actor=admin&outcome=SUCCESS"), "criteria combine");
    }

    @Test
    void malformedParametersAreRefusedWith400NamingTheParameter() {
        ApiClient admin = ApiClient.admin(base);
        for (String[] bad : List.of(new String[] {"from=yesterday", "from"}, new String[] {"to=2026-13-01", "to"},
                new String[] {"sort=colour", "sort"}, new String[] {"outcome=MAYBE", "outcome"},
                new String[] {"targetId=7", "targetId"},
                new String[] {"from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to"})) {
            var reply = admin.get("audit?" + bad[0]);
            assertEquals(400, reply.status(), bad[0] + " → " + reply);
            assertEquals("application/problem+json", reply.header("Content-Type"));
            assertEquals(bad[1], reply.json().getString("field"), reply::toString);
            assertFalse(reply.json().getString("detail").isBlank(), reply::toString);
        }
        var reply = admin.get("audit?from=yesterday");
        assertEquals("from", reply.json().getString("field"));
        assertTrue(reply.json().getString("detail").contains("2026-11-25T14:30:00Z"), reply::toString);
    }

    @Test
    void aDomainAdministratorSeesOnlyTheirDomainsWhateverTheFilterSays() {
        ApiClient admin = ApiClient.admin(base);
        String own = createLocalDomain(admin);
        String other = createLocalDomain(admin);
        ApiClient domainAdmin = ApiClient.as(base, createAccount(admin, "DOMAIN_ADMIN", own), PASSWORD);

        List<JsonObject> seen = items(domainAdmin, "limit=500");
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(e -> own.equals(e.getString("localDomain", null))), seen.toString());
        assertEquals(0, total(domainAdmin, "domain=" + other));
        assertEquals(0, total(domainAdmin, "q=" + other));
        assertEquals(1, total(domainAdmin, "domain=" + own + "&action=LOCAL_DOMAIN_CREATED"));
        assertEquals(403, domainAdmin.get("audit/forwarding").status());
        assertEquals(403, domainAdmin.get("audit/alerts").status());
    }

    @Test
    void anUnknownNameTypedAtLoginIsStoredOnlyAsAKeyedHashThatAnOfficerCanMatch() {
        ApiClient admin = ApiClient.admin(base);
        String typed = "Tr0ub4dor&3-" + UUID.randomUUID();
        assertEquals(401, ApiClient.as(base, typed, "anything").get("peer-networks").status());

        assertEquals(0, total(admin, "q=" + encode(typed)), "the clear value is nowhere in the trail");
        JsonObject failure = items(admin, "action=LOGIN_FAILED&actor=" + encode("(unknown user)")).getFirst();
        assertFalse(failure.toString().contains(typed), failure.toString());
        assertTrue(failure.getString("after").contains("\"attemptedUsername\":\"hmac-sha256:"), failure.toString());

        String officerName = createAccount(admin, "SECURITY_OFFICER", null);
        ApiClient officer = ApiClient.as(base, officerName, PASSWORD);
        var hash = officer.post("audit/keyed-hashes", "{\"value\":" + Json.quote(typed) + "}");
        assertEquals(200, hash.status(), hash::toString);
        String keyedHash = hash.json().getString("keyedHash");
        List<JsonObject> matched = items(officer, "containing=" + encode(keyedHash));
        assertEquals(1, matched.size(), matched.toString());
        assertEquals(failure.getJsonNumber("sequence"), matched.getFirst().getJsonNumber("sequence"));
        assertEquals(0, total(officer, "containing=" + encode(keyedHash.replace('a', 'b').replace('1', '2'))));
        assertEquals(1, total(admin, "action=AUDIT_VALUE_LOOKED_UP&actor=" + encode(officerName)),
                "the look-up is itself on the trail");
        assertEquals(422, officer.post("audit/keyed-hashes", "{\"value\":\"\"}").status());
    }

    @Test
    void repeatedFailedLoginsForAnAccountRaiseADashboardAlert() {
        ApiClient admin = ApiClient.admin(base);
        String target = createAccount(admin, "DOMAIN_ADMIN", createLocalDomain(admin));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, ApiClient.as(base, target, "wrong-" + i).get("peer-networks").status());
        }
        var alerts = admin.get("audit/alerts");
        assertEquals(200, alerts.status(), alerts::toString);
        List<JsonObject> failedLogins = alerts.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> "FAILED_LOGINS".equals(a.getString("kind")) && a.getString("title").contains(target))
                .toList();
        assertEquals(1, failedLogins.size(), alerts::toString);
        assertTrue(failedLogins.getFirst().getString("advice").contains("password"), failedLogins::toString);
    }

    private String createAccount(ApiClient admin, String role, String localDomain) {
        String username = "audit-" + role.toLowerCase().replace('_', '-') + "-" + unique();
        String domains = localDomain == null ? "[]" : "[\"" + localDomain + "\"]";
        var reply = admin.post("accounts", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + role + "\"],\"localDomains\":" + domains + "}");
        assertEquals(201, reply.status(), reply::toString);
        return username;
    }

    private static String createLocalDomain(ApiClient admin) {
        String name = "audit-" + unique() + ".example.com";
        var reply = admin.post("local-domains", "{\"name\":\"" + name + "\",\"displayName\":\"Audited\"}");
        assertEquals(201, reply.status(), reply::toString);
        return name;
    }

    private static List<JsonObject> items(ApiClient client, String query) {
        var reply = client.get("audit?" + query);
        assertEquals(200, reply.status(), () -> query + " → " + reply);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static long total(ApiClient client, String query) {
        var reply = client.get("audit?" + query);
        assertEquals(200, reply.status(), () -> query + " → " + reply);
        return reply.json().getJsonNumber("total").longValue();
    }

    private static List<String> actions(List<JsonObject> entries) {
        return entries.stream().map(e -> e.getString("action")).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
