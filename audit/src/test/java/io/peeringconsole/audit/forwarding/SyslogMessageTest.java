package io.peeringconsole.audit.forwarding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.audit.domain.Actor;
import io.peeringconsole.audit.domain.AuditChain;
import io.peeringconsole.audit.domain.AuditChainHead;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.audit.domain.AuditEvent;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyslogMessageTest {

    private static final Instant AT = Instant.parse("2026-11-25T14:30:01.123456789Z");
    /** RFC 5424 §6: HEADER up to the SD-ID, without the values, which other tests check. */
    private static final Pattern HEADER = Pattern.compile(
            "<(\\d{1,3})>1 (\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z) (\\S{1,255}) (\\S{1,48}) (\\S{1,128})"
                    + " (\\S{1,32}) \\[audit@32473 .*", Pattern.DOTALL);

    static AuditEntry entry(AuditEvent event) {
        return AuditChain.append(AuditChainHead.genesis(), new Actor("alice", "ADMIN", "192.0.2.7"), event, AT);
    }

    private static String text(AuditEntry entry) {
        return new String(SyslogMessage.format(entry, "console-1", "peering-console", 13, 8192),
                StandardCharsets.UTF_8);
    }

    @Test
    void aSuccessIsANoticeInFacilityLogAuditWithTheEntryIdentityInStructuredData() {
        AuditEntry entry = entry(AuditEvent.of("PEER_NETWORK_CREATED", "PeerNetwork", "42").inDomain("example.com")
                .after("{\"displayName\":\"Example\"}"));
        String message = text(entry);

        var header = HEADER.matcher(message);
        assertTrue(header.matches(), message);
        assertEquals("109", header.group(1), "13 * 8 + 5 (notice)");
        assertEquals("2026-11-25T14:30:01.123456Z", header.group(2), "microseconds, as stored");
        assertEquals("console-1", header.group(3));
        assertEquals("peering-console", header.group(4));
        assertEquals("-", header.group(5));
        assertEquals("PEER_NETWORK_CREATED", header.group(6));
        assertTrue(message.contains("[audit@32473 seq=\"1\" hash=\"" + entry.entryHash() + "\" prev=\""
                + entry.previousHash() + "\" actor=\"alice\" role=\"ADMIN\" src=\"192.0.2.7\""
                + " action=\"PEER_NETWORK_CREATED\" targetType=\"PeerNetwork\" targetId=\"42\""
                + " domain=\"example.com\" outcome=\"SUCCESS\"] \uFEFF"), message);
        assertTrue(message.endsWith("alice (ADMIN) PEER_NETWORK_CREATED PeerNetwork 42 in example.com: SUCCESS"
                + " after={\"displayName\":\"Example\"}"), message);
    }

    @Test
    void aFailureIsAWarningAndAbsentFieldsAreLeftOutOfStructuredData() {
        String message = text(entry(AuditEvent.of("LOGIN_FAILED", "Account", null).failed()));
        assertTrue(message.startsWith("<108>1 "), message);
        assertTrue(!message.contains("targetId=") && !message.contains("domain="), message);
    }

    @Test
    void quotesBackslashesAndClosingBracketsAreEscapedInParamValues() {
        assertEquals("a\\\"b\\\\c\\]d[e", SyslogMessage.escapeParamValue("a\"b\\c]d[e"));
        String message = text(entry(AuditEvent.of("X", "T", "say \"hi\"] \\o/")));
        assertTrue(message.contains("targetId=\"say \\\"hi\\\"\\] \\\\o/\""), message);
    }

    @Test
    void headerFieldsArePrintableAsciiWithoutSpacesAndCutToTheirLimits() {
        assertEquals("-", SyslogMessage.token(null, 10));
        assertEquals("-", SyslogMessage.token("", 10));
        assertEquals("a_b_c", SyslogMessage.token("a b\u00e9c", 10));
        String message = new String(SyslogMessage.format(entry(AuditEvent.of("A".repeat(40), "T", "1")), "h o st",
                "app", 13, 8192), StandardCharsets.UTF_8);
        assertTrue(message.contains(" h_o_st app - " + "A".repeat(32) + " [audit@32473"), message);
    }

    @Test
    void aLongStateIsCutToTheMessageSizeOnACharacterBoundaryAndSaysSo() throws CharacterCodingException {
        String state = "{\"notes\":\"" + "\u00e9\u20ac\ud83d\ude00".repeat(2000) + "\"}";
        AuditEntry entry = entry(AuditEvent.of("X", "T", "1").after(state));
        for (int max : new int[] {2048, 2049, 2050, 2051, 4096}) {
            byte[] message = SyslogMessage.format(entry, "h", "app", 13, max);
            assertTrue(message.length <= max && message.length >= max - 4, max + ": " + message.length);
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(message)).toString();
            assertTrue(decoded.endsWith(SyslogMessage.CUT_NOTE), decoded);
            assertTrue(decoded.contains("seq=\"1\" hash=\"" + entry.entryHash()), "the SD part is never cut");
        }
    }

    @Test
    void aShortMessageIsNotCut() {
        AuditEntry entry = entry(AuditEvent.of("X", "T", "1").after("{\"a\":1}"));
        assertTrue(!text(entry).contains(SyslogMessage.CUT_NOTE));
    }

    @Test
    void refusesSizesReceiversNeedNotTakeAndFacilitiesThatDoNotExist() {
        AuditEntry entry = entry(AuditEvent.of("X", "T", "1"));
        assertThrows(IllegalArgumentException.class, () -> SyslogMessage.format(entry, "h", "a", 13, 2047));
        assertThrows(IllegalArgumentException.class, () -> SyslogMessage.format(entry, "h", "a", 24, 8192));
    }

    @Test
    void octetCountingPrefixesTheLengthInBytesNotCharacters() {
        byte[] message = "<109>1 caf\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] framed = SyslogMessage.frame(message);
        assertEquals("12 <109>1 caf\u00e9", new String(framed, StandardCharsets.UTF_8));
        byte[] body = new byte[message.length];
        System.arraycopy(framed, 3, body, 0, body.length);
        assertArrayEquals(message, body);
    }
}
