package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.UUID;

/** Builds a known audit trail through the API and changes it behind the console's back, for container tests. */
final class AuditTrailFixture {

    private final ApiClient admin;

    AuditTrailFixture(URL base) {
        this.admin = ApiClient.admin(base);
    }

    ApiClient admin() {
        return admin;
    }

    /** Starts from an empty trail, optionally with {@code oldEntries} entries dated 400 days back. */
    void reset(int oldEntries) {
        var reply = admin.post("test-support/audit-reset?oldEntries=" + oldEntries, "");
        assertEquals(200, reply.status(), reply::toString);
    }

    /** Makes {@code count} audited changes (new local domains); each records one entry. */
    void changes(int count) {
        for (int i = 0; i < count; i++) {
            String name = "audit-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
            var reply = admin.post("local-domains", "{\"name\":\"" + name + "\",\"displayName\":\"Audit test\"}");
            assertEquals(201, reply.status(), reply::toString);
        }
    }

    /** Signs a checkpoint of the head; answers its sequence. */
    long checkpoint() {
        var reply = admin.post("audit/checkpoints", "");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("sequence").longValue();
    }

    long entries() {
        return admin.get("audit?limit=1").json().getJsonNumber("total").longValue();
    }

    JsonObject verification() {
        var reply = admin.get("audit/verification");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** Runs SQL statements, one per argument, in one transaction behind the console's back. */
    void sql(String... statements) {
        var reply = admin.send(admin.request("test-support/sql").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n;\n", statements))));
        assertEquals(200, reply.status(), reply::toString);
    }

    long forgeNextEntry(boolean rewriteHead) {
        var reply = admin.post("test-support/audit-forge?rewriteHead=" + rewriteHead, "");
        assertEquals(200, reply.status(), reply::toString);
        return Long.parseLong(reply.body().strip());
    }
}
