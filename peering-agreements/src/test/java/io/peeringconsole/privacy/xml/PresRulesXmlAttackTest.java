package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.PrivacyInputException;
import io.peeringconsole.privacy.PrivacyInputException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.peeringconsole.privacy.xml.PresRulesXmlTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile pres-rules documents: each is refused quickly, with its own code, and without touching files. */
class PresRulesXmlAttackTest {

    private static final String CP = "urn:ietf:params:xml:ns:common-policy";
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @Test
    void anExternalEntityReadingALocalFileIsRefusedAndTheFileStaysUnread(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE cr:ruleset [<!ENTITY secret SYSTEM \""
                + secret.toUri() + "\">]>\n<cr:ruleset xmlns:cr=\"" + CP + "\"><cr:rule id=\"r\"><cr:conditions>"
                + "<cr:identity><cr:one id=\"&secret;\"/></cr:identity></cr:conditions></cr:rule></cr:ruleset>";
        PrivacyInputException refused = refused(xxe);
        assertEquals(Problem.DOCTYPE_REFUSED, refused.problem());
        assertFalse(refused.getMessage().contains("TOP-SECRET"), refused.getMessage());
    }

    @Test
    void externalDtdsAndParameterEntitiesAreRefusedWithoutFetchingAnything() {
        assertRefused(Problem.DOCTYPE_REFUSED, "remove the DOCTYPE", "<!DOCTYPE cr:ruleset SYSTEM"
                + " \"http://127.0.0.1:9/evil.dtd\"><cr:ruleset xmlns:cr=\"" + CP + "\"/>");
        assertRefused(Problem.DOCTYPE_REFUSED, "DTD", "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\">"
                + " %p;]><cr:ruleset xmlns:cr=\"" + CP + "\"/>");
    }

    @Test
    void theBillionLaughsAreRefusedBeforeAnyExpansion() {
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
                + " <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            lol.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">\n");
        }
        lol.append("]>\n<cr:ruleset xmlns:cr=\"").append(CP).append("\"><cr:rule id=\"r\"><cr:conditions>"
                + "<cr:sphere value=\"&lol9;\"/></cr:conditions></cr:rule></cr:ruleset>");
        PrivacyInputException refused = assertTimeoutPreemptively(QUICKLY, () -> refused(lol.toString()));
        assertEquals(Problem.DOCTYPE_REFUSED, refused.problem());
    }

    @Test
    void aTenMegabyteDocumentIsRefusedBeforeParsing() {
        StringBuilder big = new StringBuilder("<cr:ruleset xmlns:cr=\"" + CP + "\">");
        for (int i = 0; big.length() < 10 * 1024 * 1024; i++) {
            big.append("<cr:rule id=\"r").append(i).append("\"/>");
        }
        String tenMegabytes = big.append("</cr:ruleset>").toString();
        byte[] bytes = tenMegabytes.getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(QUICKLY, () -> {
            assertEquals(Problem.TOO_LARGE, refused(tenMegabytes).problem());
            assertEquals(Problem.TOO_LARGE, assertThrows(PrivacyInputException.class,
                    () -> PresRulesXml.read(bytes)).problem());
            assertEquals(Problem.TOO_LARGE, assertThrows(PrivacyInputException.class,
                    () -> PresRulesXml.read(new ByteArrayInputStream(bytes))).problem());
        });
    }

    @Test
    void deepNestingIsRefusedWhileParsing() {
        String deep = "<cr:ruleset xmlns:cr=\"" + CP + "\">" + "<x>".repeat(100_000) + "</x>".repeat(100_000)
                + "</cr:ruleset>";
        PrivacyInputException refused = assertTimeoutPreemptively(QUICKLY, () -> refused(deep));
        assertEquals(Problem.TOO_DEEP, refused.problem());
        String justTooDeep = "<cr:ruleset xmlns:cr=\"" + CP + "\">" + "<x>".repeat(SafeXmlParser.MAX_DEPTH)
                + "</x>".repeat(SafeXmlParser.MAX_DEPTH) + "</cr:ruleset>";
        assertEquals(Problem.TOO_DEEP, refused(justTooDeep).problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "{\"rules\": []}", "<cr:ruleset xmlns:cr=\"" + CP + "\">",
            "<a></b>", "\u0000\u0001\u0002"})
    void inputThatIsNotXmlIsRefusedAsSuch(String notXml) {
        assertEquals(Problem.NOT_WELL_FORMED, refused(notXml).problem());
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed() {
        assertRefused(Problem.NOT_WELL_FORMED, "not well-formed",
                "<cr:ruleset xmlns:cr=\"" + CP + "\"><cr:rule id=\"&x;\"/></cr:ruleset>");
    }

    @Test
    void xIncludeIsNotProcessed() {
        assertRefused(Problem.UNSUPPORTED_ELEMENT, "include", "<cr:ruleset xmlns:cr=\"" + CP + "\">"
                + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/>"
                + "</cr:ruleset>");
    }

    @Test
    void binaryGarbageIsRefusedAsNotWellFormed() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3, (byte) 0x80};
        assertEquals(Problem.NOT_WELL_FORMED, assertThrows(PrivacyInputException.class,
                () -> PresRulesXml.read(garbage)).problem());
    }

    private static PrivacyInputException refused(String xml) {
        return assertThrows(PrivacyInputException.class, () -> PresRulesXml.read(xml));
    }
}
