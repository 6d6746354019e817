package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports verify offline with the command in {@code tools/}, a flipped byte makes them fail, and archiving old
 * entries leaves a trail that still verifies and says where the old entries went.
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): the export pages through the trail and archiving
 * deletes rows, SQL that each database runs its own way.
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class AuditExportArchiveIT {

    @ArquillianResource
    private URL base;

    @TempDir
    Path files;

    private AuditTrailFixture trail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    @BeforeEach
    void fixture() {
        trail = new AuditTrailFixture(base);
    }

    @AfterEach
    void emptyTheTrailForOtherTests() {
        trail.reset(0);
    }

    private Path download(String query, String name) throws Exception {
        HttpResponse<Path> response = HttpClient.newHttpClient().send(trail.admin().request("audit/export?" + query)
                .GET().build(), HttpResponse.BodyHandlers.ofFile(files.resolve(name)));
        assertEquals(200, response.statusCode(), () -> "export " + query);
        return response.body();
    }

    @Test
    void aRealExportVerifiesOfflineInBothFormatsAndAFlippedByteFailsIt() throws Exception {
        trail.reset(0);
        trail.changes(3);
        trail.checkpoint();
        trail.changes(2);

        Path jsonl = download("format=jsonl", "trail.jsonl");
        var ok = OfflineVerifier.run(jsonl);
        assertEquals(0, ok.exitStatus(), ok::toString);
        assertTrue(ok.out().startsWith("OK: 7 entries (1 to 7)") && ok.out().contains("1 matched"), ok::toString);
        var csv = OfflineVerifier.run(download("format=csv", "trail.csv"));
        assertEquals(0, csv.exitStatus(), csv::toString);

        byte[] bytes = Files.readAllBytes(jsonl);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("\"actorName\":\"") + 14;
        bytes[at] ^= 0x01;
        var flipped = OfflineVerifier.run(Files.write(files.resolve("flipped.jsonl"), bytes));
        assertEquals(1, flipped.exitStatus(), flipped::toString);
        assertTrue(flipped.err().contains(": line 3: entry 1 was altered"), flipped::toString);
    }

    @Test
    void anExportIsAuditedFilteredAndRefusedWithReasons() throws Exception {
        trail.reset(0);
        trail.changes(2);
        Path filtered = download("format=jsonl&q=LOCAL_DOMAIN&fromSequence=2", "filtered.jsonl");
        var verdict = OfflineVerifier.run(filtered);
        assertEquals(0, verdict.exitStatus(), verdict::toString);
        assertTrue(verdict.out().startsWith("OK: 1 entries (2 to 2)"), verdict::toString);
        assertEquals(1, trail.admin().get("audit?q=AUDIT_EXPORTED").json().getJsonNumber("total").intValue());

        var badFormat = trail.admin().get("audit/export?format=xml");
        assertEquals(422, badFormat.status(), badFormat::toString);
        assertEquals("application/problem+json", badFormat.header("Content-Type"));
        assertEquals(422, trail.admin().get("audit/export?fromSequence=5&toSequence=2").status());
        assertEquals(422, trail.admin().get("audit/export?from=yesterday").status());
    }

    @Test
    void archivingOldEntriesKeepsTheRestVerifiableAndTheFileVerifiesOffline() throws Exception {
        trail.reset(20);
        trail.changes(2);
        trail.checkpoint();

        var archived = trail.admin().post("audit/archives?olderThanDays=365", "");
        assertEquals(200, archived.status(), archived::toString);
        JsonObject result = archived.json();
        assertEquals(20, result.getInt("entries"), result::toString);
        Path file = Path.of(result.getString("file"));
        assertTrue(file.getFileName().toString().equals("audit-000000000001-000000000020.jsonl"), result::toString);
        var offline = OfflineVerifier.run(file);
        assertEquals(0, offline.exitStatus(), offline::toString);

        JsonObject verdict = trail.verification();
        assertTrue(verdict.getBoolean("intact"), verdict::toString);
        assertEquals(20, verdict.getJsonNumber("archivedThroughSequence").longValue(), verdict::toString);
        assertEquals(file.getFileName().toString(), verdict.getString("archiveFile"));
        assertEquals(4, verdict.getJsonNumber("entriesChecked").longValue(), "2 changes, the checkpoint's record and"
                + " the archive's record");
        assertEquals(1, trail.admin().get("audit?q=AUDIT_ARCHIVED").json().getJsonNumber("total").intValue());

        var again = trail.admin().post("audit/archives?olderThanDays=365", "").json();
        assertEquals(0, again.getInt("entries"), again::toString);
    }

    @Test
    void aBrokenTrailIsNotArchivedAndRetentionMustBeChosen() {
        trail.reset(10);
        trail.changes(1);
        trail.sql("UPDATE audit_entry SET target_id = 'changed' WHERE sequence = 4");

        var refused = trail.admin().post("audit/archives?olderThanDays=365", "");
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("broken at entry 4"), refused::toString);
        assertEquals(11, trail.entries(), "nothing was removed");

        var noAge = trail.admin().post("audit/archives", "");
        assertEquals(422, noAge.status(), noAge::toString);
        assertEquals(422, trail.admin().post("audit/archives?olderThanDays=0", "").status());
    }

    @Test
    void onlyAdministratorsAndSecurityOfficersGuardTheTrail() {
        String name = "domain-admin-" + UUID.randomUUID().toString().substring(0, 8);
        String domain = name + ".example.com";
        assertEquals(201, trail.admin().post("local-domains", "{\"name\":\"" + domain + "\"}").status());
        var created = trail.admin().post("accounts", "{\"username\":\"" + name + "\",\"password\":\"correct horse"
                + " battery\",\"roles\":[\"DOMAIN_ADMIN\"],\"localDomains\":[\"" + domain + "\"]}");
        assertEquals(201, created.status(), created::toString);
        ApiClient domainAdmin = ApiClient.as(base, name, "correct horse battery");

        assertEquals(403, domainAdmin.post("audit/checkpoints", "").status());
        assertEquals(403, domainAdmin.get("audit/export?format=csv").status());
        assertEquals(403, domainAdmin.post("audit/archives?olderThanDays=30", "").status());
    }
}
