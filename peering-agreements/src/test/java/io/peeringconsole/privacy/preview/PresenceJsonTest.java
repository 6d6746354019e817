package io.peeringconsole.privacy.preview;

import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.NOTE;
import static io.peeringconsole.privacy.PresenceAttribute.PLACE_TYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.rules.RuleViolationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresenceJsonTest {

    @Test
    void readsTheDocumentedForm() {
        PresenceDocument read = PresenceJson.read("""
                {"presentity": "sip:alice@example.com",
                 "attributes": {"BASIC_STATUS": "open", "note": "In a meeting", "place-type": "office"}}
                """);
        assertEquals(new PresenceDocument("sip:alice@example.com", Map.of(BASIC_STATUS, "open",
                NOTE, "In a meeting", PLACE_TYPE, "office")), read);
        assertEquals(PresenceDocument.of("sip:bob@example.com"),
                PresenceJson.read("{\"presentity\": \"sip:bob@example.com\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "not json", "[1, 2]", "{\"presentity\": 5}", "{\"attributes\": {}}",
        "{\"presentity\": \"sip:a@example.com\", \"attributes\": []}",
        "{\"presentity\": \"sip:a@example.com\", \"attributes\": {\"NOTE\": 3}}",
        "{\"presentity\": \"sip:a@example.com\", \"attributes\": {\"BASIC_STATUS\": \"busy\"}}",
        "{\"presentity\": \"sip:a@example.com\", \"extra\": 1}"})
    void refusesMalformedInputWithAMessageOnThePresenceField(String text) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> PresenceJson.read(text));
        assertEquals("presence", refused.field());
        assertTrue(refused.getMessage().length() > 20, refused.getMessage());
    }

    @Test
    void namesUnknownAttributesAndRefusesOversizedDocuments() {
        RuleViolationException unknown = assertThrows(RuleViolationException.class, () -> PresenceJson.read(
                "{\"presentity\": \"sip:a@example.com\", \"attributes\": {\"AURA\": \"blue\", \"NOTE\": \"x\"}}"));
        assertTrue(unknown.getMessage().contains("\"AURA\""), unknown.getMessage());
        String huge = "{\"presentity\": \"sip:a@example.com\", \"attributes\": {\"NOTE\": \""
                + "x".repeat(PresenceJson.MAX_CHARACTERS) + "\"}}";
        RuleViolationException tooLong = assertThrows(RuleViolationException.class, () -> PresenceJson.read(huge));
        assertTrue(tooLong.getMessage().contains("longer than"), tooLong.getMessage());
    }
}
