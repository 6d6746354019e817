package io.peeringconsole.access.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedPasswordsTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";

    private final RecentlyVerifiedPasswords memory = new RecentlyVerifiedPasswords(Duration.ofSeconds(60), 3);

    @Test
    void theSameNameAndPasswordAreHeldForTheLifetimeOnly() {
        memory.remember("ops", "correct horse".toCharArray(), HASH, T0);
        assertTrue(memory.holds("ops", "correct horse".toCharArray(), HASH, T0.plusSeconds(59)));
        assertTrue(memory.holds(" OPS ", "correct horse".toCharArray(), HASH, T0),
                "the name is compared as the login compares it");
        assertFalse(memory.holds("ops", "correct horse".toCharArray(), HASH, T0.plusSeconds(60)));
        assertFalse(memory.holds("ops", "correct horse".toCharArray(), HASH, T0.plusSeconds(1)),
                "an expired entry is gone, not revived");
    }

    @Test
    void anotherPasswordOrAnotherNameIsNeverHeld() {
        memory.remember("ops", "correct horse".toCharArray(), HASH, T0);
        assertFalse(memory.holds("ops", "correct horsE".toCharArray(), HASH, T0));
        assertFalse(memory.holds("ops", "".toCharArray(), HASH, T0));
        assertFalse(memory.holds("ops2", "correct horse".toCharArray(), HASH, T0));
        assertFalse(memory.holds("opscorrect", " horse".toCharArray(), HASH, T0),
                "name and password are kept apart, not run together");
    }

    @Test
    void aChangedPasswordHashEndsTheEntry() {
        memory.remember("ops", "correct horse".toCharArray(), HASH, T0);
        assertFalse(memory.holds("ops", "correct horse".toCharArray(), HASH + "x", T0));
    }

    @Test
    void aFullMemoryStartsAgainInsteadOfGrowing() {
        for (String name : new String[] {"a1", "a2", "a3"}) {
            memory.remember(name, "pw".toCharArray(), HASH, T0);
        }
        memory.remember("a4", "pw".toCharArray(), HASH, T0);
        assertFalse(memory.holds("a1", "pw".toCharArray(), HASH, T0));
        assertTrue(memory.holds("a4", "pw".toCharArray(), HASH, T0));
    }
}
