package io.peeringconsole.access.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.access.domain.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class AccountViewTest {

    @Test
    void auditStateNeverCarriesTheHash() {
        var view = new AccountView(4, "alice", Set.of(Role.DOMAIN_ADMIN, Role.SECURITY_OFFICER),
                Set.of("example.org", "example.com"), true, 0, null, null, 1, Instant.EPOCH);
        String state = view.auditState();
        JsonObject json = Json.createReader(new StringReader(state)).readObject();
        assertEquals("alice", json.getString("username"));
        assertEquals("[\"DOMAIN_ADMIN\",\"SECURITY_OFFICER\"]", json.getJsonArray("roles").toString());
        assertEquals("[\"example.com\",\"example.org\"]", json.getJsonArray("localDomains").toString());
        assertFalse(state.contains("argon2"));
        assertFalse(state.toLowerCase().contains("password"));
    }

    @Test
    void newAccountDoesNotPrintThePassword() {
        var cmd = new NewAccount("bob", "secret-password-1".toCharArray(), Set.of(Role.ADMIN), null);
        assertFalse(cmd.toString().contains("secret"));
        assertTrue(cmd.localDomains().isEmpty());
    }

    @RepeatedTest(5)
    void generatedPasswordsAreLongUnambiguousAndDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String password = GeneratedPasswords.next();
            assertEquals(20, password.length());
            assertTrue(password.matches("[A-HJ-NP-Za-km-z2-9]{20}"), password);
            assertTrue(seen.add(password));
        }
    }
}
