package io.peeringconsole.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * {@code GET /api/v1/accounts?q=}: the accounts whose user name contains what was typed, counted and paged like the
 * list, with a typed {@code _} matched as itself rather than as SQL's any-one-character.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class AccountSearchIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConsoleDeployment.create();
    }

    private void createAccount(String username) {
        var reply = ApiClient.admin(base).post("accounts", "{\"username\":\"" + username
                + "\",\"password\":\"correct horse battery\",\"roles\":[\"SECURITY_OFFICER\"],\"localDomains\":[]}");
        assertEquals(201, reply.status(), reply::toString);
    }

    private JsonObject search(String text, int limit) {
        var reply = ApiClient.admin(base).get("accounts?limit=" + limit + "&q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<String> usernames(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(account -> account.getString("username")).toList();
    }

    @Test
    void aSearchKeepsTheUserNamesContainingTheTextInAnyCase() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        createAccount("officer-" + id + "-north");
        createAccount("officer-" + id + "-south");
        createAccount("auditor-" + id);

        JsonObject officers = search(id.toUpperCase() + "-", 50);
        assertEquals(List.of("officer-" + id + "-north", "officer-" + id + "-south"), usernames(officers));
        assertEquals(2, officers.getInt("total"), officers::toString);

        JsonObject firstOnly = search("officer-" + id, 1);
        assertEquals(2, firstOnly.getInt("total"), "the total counts every match, not the page");
        assertEquals(List.of("officer-" + id + "-north"), usernames(firstOnly));

        assertEquals(List.of(), usernames(search("nobody-" + id, 50)));
    }

    @Test
    void aTypedUnderscoreOrPercentIsNoWildcard() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        createAccount("ops_" + id);
        createAccount("opsx" + id);

        assertEquals(List.of("ops_" + id), usernames(search("ops_" + id, 50)));
        assertEquals(List.of(), usernames(search("ops%" + id, 50)));
    }
}
