package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
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
 * The registry at 100,000 peer networks: sorted, filtered pages come back right through the API. The times are
 * printed for the record, not asserted (benchmarks, not timed tests).
 * <p>
 * Runs on PostgreSQL too (failsafe execution on-postgresql): sorting, filtering and paging 100,000 rows is where
 * databases differ (collation, null order, plans).
 */
@Tag("persistence")
@ExtendWith(ArquillianExtension.class)
class RegistryScaleIT {

    private static final int COUNT = 100_000;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    @Test
    void sortedFilteredPagesAt100000PeerNetworks() {
        ApiClient api = ApiClient.admin(base);
        String prefix = "scale" + UUID.randomUUID().toString().substring(0, 6);
        var loaded = api.post("test-support/bulk-peers?prefix=" + prefix + "&count=" + COUNT, "");
        assertEquals(200, loaded.status(), loaded::toString);
        System.out.printf("[%s] loaded %,d peer networks in %s ms%n", System.getProperty("it.database"), COUNT, loaded.body());

        JsonObject first = timed("first page by domain", api, "peer-networks?q=" + prefix + "&sort=domain&limit=50");
        assertEquals(COUNT, first.getJsonNumber("total").longValue());
        assertEquals(BulkPeerSql.domain(prefix, 0, COUNT), domainOf(first, 0));
        assertEquals(String.format("%s-%06d.example.net", prefix, 49), domainOf(first, 49));

        JsonObject last = timed("last page by domain, descending", api,
                "peer-networks?q=" + prefix + "&sort=domain&order=desc&offset=" + (COUNT - 50) + "&limit=50");
        assertEquals(String.format("%s-%06d.example.net", prefix, 49), domainOf(last, 0));

        JsonObject narrow = timed("filter matching 10", api, "peer-networks?q=" + prefix + "-00012&sort=displayName&limit=50");
        assertEquals(10, narrow.getJsonNumber("total").longValue(), narrow::toString);
        assertEquals(List.of(prefix + "-000120.example.net", prefix + "-000129.example.net"),
                List.of(domainOf(narrow, 0), domainOf(narrow, 9)));

        JsonObject deep = timed("page 1000 by update time", api, "peer-networks?q=" + prefix + "&sort=updatedAt&offset=50000&limit=50");
        assertEquals(50, deep.getJsonArray("items").size());
    }

    private static JsonObject timed(String what, ApiClient api, String path) {
        api.get(path);
        long started = System.nanoTime();
        var reply = api.get(path);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, reply.status(), reply::toString);
        System.out.printf("[%s] %s: %d ms%n", System.getProperty("it.database"), what, millis);
        return reply.json();
    }

    private static String domainOf(JsonObject page, int index) {
        return page.getJsonArray("items").getJsonObject(index).getJsonArray("domains").getString(0);
    }
}
