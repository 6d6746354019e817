package io.peeringconsole.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SensitiveFieldTest {

    private static final KeyedHash HASH = new KeyedHash(KeyedHashTest.KEY);

    @Test
    void aSensitiveValueIsStoredAsItsKeyedHashInTheAfterState() {
        AuditEvent event = AuditEvent.of("LOGIN_FAILED", "Account", null).failed()
                .after("{\"reason\":\"unknown user\"}").sensitive("attemptedUsername", "hunter2-typed-as-name");

        AuditEvent sealed = event.sealedWith(HASH);

        assertEquals("{\"reason\":\"unknown user\",\"attemptedUsername\":\"" + HASH.of("hunter2-typed-as-name")
                + "\"}", sealed.after());
        assertFalse(sealed.after().contains("hunter2"));
        assertFalse(sealed.hasSensitiveFields());
        assertEquals(AuditEvent.FAILURE, sealed.outcome());
    }

    @Test
    void withoutAnAfterStateTheSensitiveFieldsBecomeIt() {
        AuditEvent sealed = AuditEvent.of("X", "T", "1").sensitive("a", "1").sensitive("b", null).sealedWith(HASH);
        assertEquals("{\"a\":\"" + HASH.of("1") + "\",\"b\":null}", sealed.after());
        AuditEvent empty = AuditEvent.of("X", "T", "1").after(" { } ").sensitive("a", "1").sealedWith(HASH);
        assertEquals("{\"a\":\"" + HASH.of("1") + "\"}", empty.after());
    }

    @Test
    void anEventWithoutSensitiveFieldsIsRecordedAsItIs() {
        AuditEvent plain = AuditEvent.of("X", "T", "1").after("[1]");
        assertSame(plain, plain.sealedWith(HASH));
    }

    @Test
    void theClearValueNeverShowsInToStringWhereLogsWouldKeepIt() {
        AuditEvent event = AuditEvent.of("LOGIN_FAILED", "Account", null).sensitive("attemptedUsername", "s3cr3t!");
        assertFalse(event.toString().contains("s3cr3t!"), event.toString());
        assertTrue(event.toString().contains("attemptedUsername"));
    }

    @Test
    void secretLookingNamesAreRefusedEvenAsKeyedHashes() {
        var refused = assertThrows(IllegalArgumentException.class,
                () -> AuditEvent.of("X", "T", "1").sensitive("apiToken", "abc"));
        assertTrue(refused.getMessage().contains("apiToken"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AuditEvent.of("X", "T", "1").sensitive("new-password", "a"));
    }

    @Test
    void badNamesDuplicatesAndCollisionsWithTheAfterStateAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AuditEvent.of("X", "T", "1").sensitive("a\"b", "v"));
        assertThrows(IllegalArgumentException.class, () -> AuditEvent.of("X", "T", "1").sensitive("", "v"));
        assertThrows(IllegalArgumentException.class,
                () -> AuditEvent.of("X", "T", "1").sensitive("a", "v").sensitive("a", "w"));
        var hidden = assertThrows(IllegalArgumentException.class, () -> AuditEvent.of("X", "T", "1")
                .after("{\"email\":\"a@b\"}").sensitive("email", "a@b").sealedWith(HASH));
        assertTrue(hidden.getMessage().contains("email"), hidden.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AuditEvent.of("X", "T", "1").after("[1]").sensitive("a", "v").sealedWith(HASH));
    }

    @Test
    void theChainHashesTheSealedEventSoTheStoredEntryVerifies() {
        AuditEvent sealed = AuditEvent.of("LOGIN_FAILED", "Account", null).sensitive("attemptedUsername", "bob")
                .sealedWith(HASH);
        AuditEntry entry = AuditChain.append(AuditChainHead.genesis(), Actor.system(), sealed,
                java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(AuditChain.hashOf(entry), entry.entryHash());
        assertTrue(entry.afterState().contains(HASH.of("bob")));
    }
}
