package io.peeringconsole.trust.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SpkiPinTest {

    private static final String PIN = TrustFixtures.facts(TrustFixtures.EXAMPLE_NET).spkiPin();

    @Test
    void acceptsTheBase64DigestOfAKey() {
        assertEquals(PIN, SpkiPin.parse(PIN).value());
        assertEquals(PIN, SpkiPin.parse("  " + PIN + "\t").value());
    }

    @Test
    void acceptsTheHeaderFormPeopleCopy() {
        assertEquals(PIN, SpkiPin.parse("pin-sha256=\"" + PIN + "\"").value());
        assertEquals(PIN, SpkiPin.parse("PIN-SHA256=" + PIN).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "abc", "not a pin at all, but forty-four chars long!"})
    void refusesWhatIsNoPinAndSaysWhatAPinIs(String raw) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> SpkiPin.parse(raw));
        assertEquals("spkiPin", refused.field());
        assertTrue(refused.getMessage().contains("44 characters"), refused.getMessage());
        assertTrue(refused.getMessage().contains("openssl dgst -sha256"), refused.getMessage());
    }

    @Test
    void refusesDigestsOfAnotherLength() {
        String sha1 = Base64.getEncoder().encodeToString(new byte[20]);
        String sha384 = Base64.getEncoder().encodeToString(new byte[48]);
        assertThrows(RuleViolationException.class, () -> SpkiPin.parse(sha1));
        assertThrows(RuleViolationException.class, () -> SpkiPin.parse(sha384));
    }

    @Test
    void refusesNonCanonicalBase64() {
        String zeros = "A".repeat(43) + "=";
        assertEquals(zeros, SpkiPin.parse(zeros).value());
        // 'B' sets one of the two unused bits of the last character: the same 32 bytes, spelled differently.
        assertEquals(32, Base64.getDecoder().decode("A".repeat(42) + "B=").length);
        assertThrows(RuleViolationException.class, () -> SpkiPin.parse("A".repeat(42) + "B="));
    }

    @Test
    void recordRefusesUncheckedValues() {
        assertThrows(IllegalArgumentException.class, () -> new SpkiPin("abc"));
    }
}
