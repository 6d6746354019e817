package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The shipped uber-jar, started twice on the same data directory: what was stored survives the restart.
 * Also reports the boot time to readiness and the idle resident memory, for the release notes.
 */
class ConsoleRestartIT {

    @Test
    void dataSurvivesARestartOfTheJar() throws Exception {
        assertTrue(ConsoleProcess.jar().isFile(), "the uber-jar is built by 'mvn package': " + ConsoleProcess.jar());
        Path data = Files.createTempDirectory("console-data-");
        String password = "restart-admin-password";
        String domain = "restart-" + UUID.randomUUID().toString().substring(0, 8) + ".example.net";
        long id;
        try (ConsoleProcess first = ConsoleProcess.start(data, password)) {
            System.out.printf("console boot to /health/ready: %d ms%n", first.millisToReady);
            var created = ApiClient.as(first.url(), "admin", password).post("peer-networks", Json.peer("Survivor", domain));
            assertEquals(201, created.status(), created::toString);
            id = created.json().getJsonNumber("id").longValue();
            Thread.sleep(10_000);
            System.out.printf("console idle RSS after first requests: %d MiB%n", first.residentKilobytes() / 1024);
        }
        assertTrue(Files.exists(data.resolve("console.mv.db")), "H2 keeps its file under the data directory");
        try (ConsoleProcess second = ConsoleProcess.start(data, "a-different-password-now")) {
            System.out.printf("console restart to /health/ready: %d ms%n", second.millisToReady);
            var read = ApiClient.as(second.url(), "admin", password).get("peer-networks/" + id);
            assertEquals(200, read.status(), "the admin created on first start keeps its password; " + read);
            assertEquals(domain, read.json().getJsonArray("domains").getString(0));
            var chain = ApiClient.as(second.url(), "admin", password).get("audit/verification");
            assertTrue(chain.json().getBoolean("intact"), chain::toString);
        }
    }
}
