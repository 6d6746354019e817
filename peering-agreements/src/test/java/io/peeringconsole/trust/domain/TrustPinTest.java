package io.peeringconsole.trust.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.peeringconsole.rules.RuleViolationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrustPinTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final SpkiPin PIN = SpkiPin.parse("A".repeat(43) + "=");

    @Test
    void keepsPinAndTrimmedNote() {
        TrustPin pin = TrustPin.of(7, PIN, "  confirmed by phone with their NOC  ", NOW);
        assertEquals(PIN.value(), pin.spkiPin());
        assertEquals("confirmed by phone with their NOC", pin.note());
        assertNull(TrustPin.of(7, PIN, "   ", NOW).note());
    }

    @Test
    void refusesNotesThatAreTooLongOrHaveControlCharacters() {
        assertEquals("note", assertThrows(RuleViolationException.class,
                () -> TrustPin.of(7, PIN, "x".repeat(TrustPin.MAX_NOTE + 1), NOW)).field());
        assertEquals("note", assertThrows(RuleViolationException.class,
                () -> TrustPin.of(7, PIN, "two\nlines", NOW)).field());
        assertEquals(TrustPin.MAX_NOTE, TrustPin.of(7, PIN, "x".repeat(TrustPin.MAX_NOTE), NOW).note().length());
    }
}
