package io.peeringconsole.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DomainNameTest {

    private static final String LABEL_63 = "a".repeat(63);
    private static final String LABEL_64 = "a".repeat(64);
    // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253 octets
    private static final String NAME_253 = LABEL_63 + "." + LABEL_63 + "." + LABEL_63 + "." + "b".repeat(57) + ".net";
    private static final String NAME_254 = LABEL_63 + "." + LABEL_63 + "." + LABEL_63 + "." + "b".repeat(58) + ".net";

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("example.net", "example.net"),
                Arguments.of("Example.NET", "example.net"),
                Arguments.of("example.net.", "example.net"),
                Arguments.of("  example.net  ", "example.net"),
                Arguments.of("example.net\n", "example.net"),
                Arguments.of("EXAMPLE.net.", "example.net"),
                Arguments.of("bücher.example", "xn--bcher-kva.example"),
                Arguments.of("BÜCHER.example", "xn--bcher-kva.example"),
                Arguments.of("xn--bcher-kva.example", "xn--bcher-kva.example"),
                Arguments.of("münchen.de", "xn--mnchen-3ya.de"),
                Arguments.of("例え.jp", "xn--r8jz45g.jp"),
                Arguments.of("example\u3002net", "example.net"),
                Arguments.of("a.b", "a.b"),
                Arguments.of("sip.example.co.uk", "sip.example.co.uk"),
                Arguments.of("1example.net", "1example.net"),
                Arguments.of("123.example.net", "123.example.net"),
                Arguments.of("a-b--c.example", "a-b--c.example"),
                Arguments.of(LABEL_63 + ".example", LABEL_63 + ".example"),
                Arguments.of(NAME_253, NAME_253),
                Arguments.of(NAME_253 + ".", NAME_253));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(null, "Enter a domain name"),
                Arguments.of("", "Enter a domain name"),
                Arguments.of("   ", "Enter a domain name"),
                Arguments.of("*.example.net", "register the exact domain"),
                Arguments.of("exa*mple.net", "register the exact domain"),
                Arguments.of("192.0.2.1", "IP address"),
                Arguments.of("256.1.1.1", "IP address"),
                Arguments.of("192.0.2.1.", "IP address"),
                Arguments.of("2001:db8::1", "IP address"),
                Arguments.of("[::1]", "IP address"),
                Arguments.of("[2001:db8::1]", "IP address"),
                Arguments.of("example.net:5061", "port number"),
                Arguments.of("https://example.net", "is a URL"),
                Arguments.of("a..b", "empty label"),
                Arguments.of(".example.net", "empty label"),
                Arguments.of("example.net..", "empty label"),
                Arguments.of(".", "empty label"),
                Arguments.of(LABEL_64 + ".example", "at most 63"),
                Arguments.of(NAME_254, "at most 253"),
                Arguments.of("-example.net", "hyphen"),
                Arguments.of("example-.net", "hyphen"),
                Arguments.of("sub.-example.net", "hyphen"),
                Arguments.of("localhost", "at least two labels such as example.net"),
                Arguments.of("localhost.", "at least two labels such as example.net"),
                Arguments.of("example.123", "all-numeric"),
                Arguments.of("exa mple.net", "not allowed"),
                Arguments.of("exa_mple.net", "\"_\", which is not allowed"),
                Arguments.of("example.net/path", "\"/\", which is not allowed"),
                Arguments.of("user@example.net", "not allowed"),
                Arguments.of("exa\u0000mple.net", "control characters"),
                Arguments.of("exa\tmple.net", "control characters"),
                Arguments.of("exa\u007Fmple.net", "control characters"),
                Arguments.of("exa\u0085mple.net", "control characters"),
                Arguments.of("bü\u00A0cher.example", "not allowed"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("accepted")
    void normalises(String raw, String expected) {
        assertEquals(expected, DomainName.parse(raw).asString());
    }

    @ParameterizedTest(name = "{0} refused: {1}")
    @MethodSource("refused")
    void refusesWithAMessageAPersonCanActOn(String raw, String fragment) {
        RuleViolationException refusal = assertThrows(RuleViolationException.class, () -> DomainName.parse(raw));
        assertTrue(refusal.getMessage().contains(fragment), () -> "message was: " + refusal.getMessage());
        assertEquals("domain", refusal.field());
        assertFalse(refusal.getMessage().codePoints().anyMatch(Character::isISOControl), refusal::getMessage);
    }

    @Test
    void refusalQuotesLongInputTruncated() {
        String raw = "x".repeat(300) + "_.example";
        RuleViolationException refusal = assertThrows(RuleViolationException.class, () -> DomainName.parse(raw));
        assertTrue(refusal.getMessage().startsWith("\"" + "x".repeat(80) + "…\""), refusal.getMessage());
        assertTrue(refusal.getMessage().length() < 250, refusal.getMessage());
    }

    @Test
    void refusalNamesTheFieldAsked() {
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> DomainName.parse("localhost", "domains"));
        assertEquals("domains", refusal.field());
    }

    @Test
    void spellingsOfOneDomainAreEqual() {
        DomainName typed = DomainName.parse("Bücher.Example.");
        DomainName stored = DomainName.parse("xn--bcher-kva.example");
        assertEquals(stored, typed);
        assertEquals(stored.hashCode(), typed.hashCode());
        assertNotEquals(DomainName.parse("example.net"), DomainName.parse("example.org"));
    }

    @Test
    void decodesForDisplay() {
        assertEquals("bücher.example", DomainName.parse("xn--bcher-kva.example").toUnicode());
    }
}
