package io.peeringconsole.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidityTest {

    private static final Instant START = Instant.parse("2025-06-01T00:00:00Z");

    @Test
    void anEndBeforeTheStartIsRefused() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> Validity.between(START, START.minusSeconds(1)));
        assertEquals("validUntil", refused.field());
        assertTrue(refused.getMessage().contains("must come after its start"), refused.getMessage());
    }

    @Test
    void anEndEqualToTheStartIsRefused() {
        assertThrows(RuleViolationException.class, () -> Validity.between(START, START));
    }

    @Test
    void theStartIsRequiredAndTheEndIsNot() {
        assertEquals("validFrom", assertThrows(RuleViolationException.class,
                () -> new Validity(null, START)).field());
        assertEquals(null, Validity.startingAt(START).until());
    }

    @ParameterizedTest
    @CsvSource({
        "1970-01-01T00:00:00Z, validFrom",
        "+10000-01-01T00:00:00Z, validFrom",
        "-1000000000-01-01T00:00:00Z, validFrom"
    })
    void absurdStartsAreRefused(String start, String field) {
        assertEquals(field, assertThrows(RuleViolationException.class,
                () -> Validity.startingAt(Instant.parse(start))).field());
    }

    @Test
    void absurdEndsAreRefused() {
        assertEquals("validUntil", assertThrows(RuleViolationException.class,
                () -> Validity.between(START, Instant.MAX)).field());
    }

    @Test
    void instantsAreKeptToTheMicrosecondTheDatabaseStores() {
        Validity validity = Validity.startingAt(Instant.parse("2025-06-01T00:00:00.123456789Z"));
        assertEquals(Instant.parse("2025-06-01T00:00:00.123456Z"), validity.from());
    }
}
