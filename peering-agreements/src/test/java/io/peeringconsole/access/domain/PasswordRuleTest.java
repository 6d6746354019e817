package io.peeringconsole.access.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRuleTest {

    @ParameterizedTest(name = "{1} refused: {2}")
    @CsvSource(delimiter = '|', value = {
        "alice       | ''                | at least 10",
        "alice       | short             | it needs at least 10",
        "alice       | 123456789         | has 9 characters",
        "longusername| longusername      | must not be the user name",
        "longusername| LongUserName      | must not be the user name"
    })
    void refuses(String username, String password, String fragment) {
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> PasswordRule.check(username, password.toCharArray()));
        assertEquals("password", refusal.field());
        assertTrue(refusal.getMessage().contains(fragment), refusal.getMessage());
    }

    @Test
    void refusesNothingAndTooMuch() {
        assertThrows(RuleViolationException.class, () -> PasswordRule.check("alice", null));
        assertThrows(RuleViolationException.class, () -> PasswordRule.check("alice", new char[1025]));
    }

    @Test
    void acceptsTenCharactersThatAreNotTheName() {
        assertDoesNotThrow(() -> PasswordRule.check("alice", "1234567890".toCharArray()));
        assertDoesNotThrow(() -> PasswordRule.check("alice", "correct horse battery staple".toCharArray()));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // Nine emoji are 18 UTF-16 units but nine characters.
        assertThrows(RuleViolationException.class, () -> PasswordRule.check("alice",
                "\uD83D\uDE00".repeat(9).toCharArray()));
    }
}
