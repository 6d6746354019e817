package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what through the API: 401 without valid credentials, 403 for the wrong role or a foreign domain.
 * <p>
 * Runs on H2 only, not in the PostgreSQL pass: 401 and 403 are decided before any query, and the lockout's
 * row-locked write runs on PostgreSQL in AuditApiIT's repeated failed logins.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    private static final String PASSWORD = "correct horse battery";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private String createAccount(String role, String localDomain) {
        String username = unique(role.toLowerCase().replace('_', '-') + "-");
        String domains = localDomain == null ? "[]" : "[\"" + localDomain + "\"]";
        var reply = ApiClient.admin(base).post("accounts", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + role + "\"],\"localDomains\":" + domains + "}");
        assertEquals(201, reply.status(), reply::toString);
        return username;
    }

    private String createLocalDomain() {
        String name = unique("tenant-") + ".example.com";
        var reply = ApiClient.admin(base).post("local-domains", "{\"name\":\"" + name + "\",\"displayName\":\"Tenant\"}");
        assertEquals(201, reply.status(), reply::toString);
        return name;
    }

    @Test
    void anonymousAndWrongCredentialsGet401WithAChallenge() {
        var anonymous = ApiClient.anonymous(base).get("peer-networks");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals("application/problem+json", anonymous.header("Content-Type"));

        var wrong = ApiClient.as(base, "admin", "not-the-password").get("peer-networks");
        assertEquals(401, wrong.status());
        var unknown = ApiClient.as(base, "nobody-" + UUID.randomUUID(), "whatever-password").get("peer-networks");
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().getString("detail"), unknown.json().getString("detail"),
                "the answer must not reveal whether the account exists");
    }

    @Test
    void failedLoginsAreAuditedAndLockTheAccount() {
        String username = createAccount("SECURITY_OFFICER", null);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, ApiClient.as(base, username, "wrong-password-" + i).get("audit").status());
        }
        assertEquals(401, ApiClient.as(base, username, PASSWORD).get("audit").status(), "locked after 5 failures");
        var failures = ApiClient.admin(base).get("audit?q=LOGIN_FAILED&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> username.equals(e.getString("actor", null)) || username.equals(e.getString("targetId", null)))
                .count();
        assertTrue(failures >= 6, "failed logins are audited: " + failures);
    }

    /**
     * API requests with credentials that passed the password hash moments ago skip it (a keyed memory of one
     * minute); a disabled or locked account must still be refused on its very next request.
     */
    @Test
    void credentialsUsedMomentsAgoAreRefusedAtOnceOnceTheAccountIsDisabledOrLocked() {
        String username = createAccount("SECURITY_OFFICER", null);
        ApiClient officer = ApiClient.as(base, username, PASSWORD);
        assertEquals(200, officer.get("audit").status());
        assertEquals(200, officer.get("audit").status());
        long id = ApiClient.admin(base).get("accounts?limit=1&q=" + username).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();

        assertEquals(2, ApiClient.admin(base).post("accounts/" + id + "/disable", "").status() / 100);
        assertEquals(401, officer.get("audit").status(), "disabled, though its password passed a moment ago");
        assertEquals(2, ApiClient.admin(base).post("accounts/" + id + "/enable", "").status() / 100);
        assertEquals(200, officer.get("audit").status());

        for (int i = 0; i < 5; i++) {
            assertEquals(401, ApiClient.as(base, username, "wrong-password-" + i).get("audit").status());
        }
        assertEquals(401, officer.get("audit").status(), "locked, though its password passed a moment ago");
    }

    @Test
    void aSecurityOfficerReadsButDoesNotChangeTheRegistry() {
        ApiClient officer = ApiClient.as(base, createAccount("SECURITY_OFFICER", null), PASSWORD);
        assertEquals(200, officer.get("peer-networks").status());
        assertEquals(200, officer.get("audit").status());
        var refused = officer.post("peer-networks", Json.peer("Officer's peer", unique("so") + ".example.net"));
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertEquals(403, officer.get("accounts").status());
    }

    @Test
    void aDomainAdministratorIsConfinedToTheirLocalDomains() {
        String own = createLocalDomain();
        String foreign = createLocalDomain();
        ApiClient domainAdmin = ApiClient.as(base, createAccount("DOMAIN_ADMIN", own), PASSWORD);

        assertEquals(200, domainAdmin.get("local-domains/" + own).status());
        var foreignRead = domainAdmin.get("local-domains/" + foreign);
        assertEquals(403, foreignRead.status(), foreignRead::toString);
        var listed = domainAdmin.get("local-domains?limit=500").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(listed.stream().allMatch(d -> d.getString("name").equals(own)), listed::toString);
        assertEquals(403, domainAdmin.post("local-domains", "{\"name\":\"" + unique("x") + ".example.com\"}").status());
        assertEquals(403, domainAdmin.get("accounts").status());
        assertEquals(403, domainAdmin.get("audit/verification").status());
        assertEquals(201, domainAdmin.post("peer-networks", Json.peer("DA peer", unique("da") + ".example.net")).status());
    }
}
