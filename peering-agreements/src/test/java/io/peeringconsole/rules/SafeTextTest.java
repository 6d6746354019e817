package io.peeringconsole.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void quotesWithoutControlCharactersAndTruncates() {
        assertEquals("\"ab\"", SafeText.quote("a\u0000\nb"));
        assertEquals("\"" + "x".repeat(80) + "…\"", SafeText.quote("x".repeat(81)));
        assertEquals("\"\"", SafeText.quote(null));
    }

    @Test
    void boundsByCodePoints() {
        assertEquals("\uD83D\uDE00\uD83D\uDE00…", SafeText.bounded("\uD83D\uDE00".repeat(3), 2));
    }

    @Test
    void trimsToNull() {
        assertNull(SafeText.trimToNull(" \t "));
        assertEquals("a b", SafeText.trimToNull(" a b "));
        assertTrue(SafeText.hasControlCharacters("a\tb"));
        assertFalse(SafeText.hasControlCharacters("a b"));
    }

    @Test
    void pageMapsAndKnowsWhetherMoreFollow() {
        Page<Integer> page = new Page<>(List.of(1, 2), 5, 0, 2);
        assertEquals(List.of("1", "2"), page.map(String::valueOf).items());
        assertTrue(page.hasNext());
        assertFalse(new Page<>(List.of(5), 5, 4, 2).hasNext());
    }
}
