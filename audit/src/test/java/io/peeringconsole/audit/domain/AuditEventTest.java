package io.peeringconsole.audit.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEventTest {

    private static final AuditEvent EVENT = AuditEvent.of("ACCOUNT_UPDATED", "Account", "alice");

    @Test
    void fluentStartRecordsSuccessWithoutDomainOrStates() {
        assertEquals(new AuditEvent("ACCOUNT_UPDATED", "Account", "alice", null, "SUCCESS", null, null), EVENT);
    }

    @Test
    void withersSetOneThingEach() {
        AuditEvent event = EVENT.inDomain("example.com").before("{\"a\":1}").after("{\"a\":2}").failed();

        assertEquals(new AuditEvent("ACCOUNT_UPDATED", "Account", "alice", "example.com", "FAILURE", "{\"a\":1}",
                "{\"a\":2}"), event);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"password\":\"hunter2\"}",
        "{\"passwordHash\":\"$argon2id$v=19$...\"}",
        "{\"PASSWORD\":\"x\"}",
        "{\"token\":\"abc\"}",
        "{\"gatewayTokenHash\":\"abc\"}",
        "{\"secret\":\"abc\"}",
        "{\"client_secret\":\"abc\"}",
        "{\"privateKey\":\"-----BEGIN PRIVATE KEY-----\"}",
        "{\"private-key\":\"x\"}",
        "{\"name\":\"gw\",\"credentials\":{\"apiKey\":\"x\"}}",
        "{\"pass\\u0077ord\":\"escaped key\"}",
        "[{\"user\":\"a\"},{\"user\":\"b\", \"Password\" : \"c\"}]"
    })
    void refusesStatesWithSecretLookingKeys(String json) {
        var refused = assertThrows(IllegalArgumentException.class, () -> EVENT.after(json));
        assertTrue(refused.getMessage().contains("looks like a secret"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EVENT.before(json));
    }

    @Test
    void theRefusalNamesTheKeyButNotTheValue() {
        var refused = assertThrows(IllegalArgumentException.class,
                () -> EVENT.after("{\"passwordHash\":\"$argon2id$topsecret\"}"));

        assertTrue(refused.getMessage().contains("\"passwordHash\""), refused.getMessage());
        assertTrue(!refused.getMessage().contains("topsecret"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"note\":\"password reset requested\"}",
        "{\"status\":\"ACTIVE\",\"services\":[\"PRESENCE\",\"PAGER_IM\"]}",
        "{\"comment\":\"say \\\"token\\\": no\"}",
        "{\"pin\":\"sha256/AAAA\"}"
    })
    void acceptsStatesWhoseSecretWordsAreOnlyInValues(String json) {
        assertEquals(json, assertDoesNotThrow(() -> EVENT.after(json)).after());
    }

    @Test
    void refusesStatesLongerThanTheColumn() {
        String fits = "\"" + "x".repeat(StoredText.MAX_STATE - 2) + "\"";
        String tooLong = "\"" + "x".repeat(StoredText.MAX_STATE - 1) + "\"";

        assertEquals(fits, EVENT.before(fits).before());
        var refused = assertThrows(IllegalArgumentException.class, () -> EVENT.before(tooLong));
        assertTrue(refused.getMessage().contains("65537 characters"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EVENT.after(tooLong));
    }

    @Test
    void refusesUnknownOutcomesAndMissingAction() {
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEvent("LOGIN", "Account", "a", null, "MAYBE", null, null));
        assertThrows(IllegalArgumentException.class, () -> AuditEvent.of(" ", "Account", "a"));
        assertThrows(IllegalArgumentException.class, () -> AuditEvent.of("LOGIN", null, "a"));
    }

    @Test
    void systemActorIsTheConsoleItself() {
        assertEquals(new Actor("system", "SYSTEM", "local"), Actor.system());
        assertNull(new Actor("gw-1", "GATEWAY", null).sourceAddress());
    }
}
