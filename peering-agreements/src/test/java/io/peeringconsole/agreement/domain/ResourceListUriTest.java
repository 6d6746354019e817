package io.peeringconsole.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceListUriTest {

    private static final String LOCAL = "example.com";

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("sip:support@example.com", "sip:support@example.com"),
                Arguments.of("xmpp:support@example.com", "xmpp:support@example.com"),
                Arguments.of("SIP:Support-List@EXAMPLE.COM", "sip:support-list@example.com"),
                Arguments.of("  sip:sales.team@example.com  ", "sip:sales.team@example.com"),
                Arguments.of("sip:team_a+b@example.com.", "sip:team_a+b@example.com"),
                Arguments.of("sip:7@example.com", "sip:7@example.com"),
                Arguments.of("sip:" + "a".repeat(64) + "@example.com", "sip:" + "a".repeat(64) + "@example.com"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("accepted")
    void accepted(String raw, String normalised) {
        assertEquals(normalised, ResourceListUri.parse(raw, LOCAL).asString());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(null, "Enter the URI"),
                Arguments.of("   ", "Enter the URI"),
                Arguments.of("support@example.com", "is not a sip: or xmpp: URI"),
                Arguments.of("sips:support@example.com", "is not a sip: or xmpp: URI"),
                Arguments.of("tel:+15551234567", "is not a sip: or xmpp: URI"),
                Arguments.of("javascript:alert(1)//@example.com", "is not a sip: or xmpp: URI"),
                Arguments.of("http://example.com/list", "is not a sip: or xmpp: URI"),
                Arguments.of("sip:example.com", "exactly one '@'"),
                Arguments.of("sip:@example.com", "needs a user part"),
                Arguments.of("xmpp://support@example.com", "authority part"),
                Arguments.of("sip:support@example.org", "is example.org, but a public group of example.com"),
                Arguments.of("sip:support@sub.example.com", "is sub.example.com"),
                Arguments.of("sip:support@example.com.evil.net", "is example.com.evil.net"),
                Arguments.of("sip:support@evil.net@example.com", "exactly one '@'"),
                Arguments.of("sip:support@example.com#@evil.net", "contains '#'"),
                Arguments.of("sip:support@example.com;transport=tcp", "URI parameters"),
                Arguments.of("sip:support@example.com?subject=hi", "headers or queries"),
                Arguments.of("xmpp:support@example.com/desk", "XMPP resources"),
                Arguments.of("xmpp:support@example.com?join", "headers or queries"),
                Arguments.of("sip:support@example.com:5060", "a port or a password"),
                Arguments.of("sip:support:secret@example.com", "a port or a password"),
                Arguments.of("sip:support@[2001:db8::1]", "contains ':'"),
                Arguments.of("sip:support@192.0.2.1", "IP address"),
                Arguments.of("sip:sup%70ort@example.com", "percent escapes"),
                Arguments.of("sip:sup port@example.com", "spaces or control characters"),
                Arguments.of("sip:support@example.com\u0000", "spaces or control characters"),
                Arguments.of("sip:support\r\nVia: evil@example.com", "spaces or control characters"),
                Arguments.of("sip:<script>@example.com", "needs a user part"),
                Arguments.of("sip:sup\"port@example.com", "needs a user part"),
                Arguments.of("sip:.support@example.com", "needs a user part"),
                Arguments.of("sip:" + "a".repeat(65) + "@example.com", "needs a user part of 1 to 64"),
                Arguments.of("sip:süpport@example.com", "needs a user part"),
                // Cyrillic 'а' in the host: punycode, so never equal to example.com.
                Arguments.of("sip:support@ex\u0430mple.com", "is xn--exmple-4nf.com"),
                Arguments.of("sip:support@*.example.com", "wildcard"),
                Arguments.of("sip:" + "a".repeat(400) + "@example.com", "at most 320 characters"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refused")
    void refused(String raw, String expectedFragment) {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> ResourceListUri.parse(raw, LOCAL));
        assertEquals("uri", refused.field());
        assertTrue(refused.getMessage().contains(expectedFragment), refused.getMessage());
        assertTrue(refused.getMessage().chars().noneMatch(Character::isISOControl), refused.getMessage());
    }
}
