package io.peeringconsole.privacy;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.LOCATION;
import static io.peeringconsole.privacy.PresenceAttribute.NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PresenceDocumentTest {

    private final PresenceDocument document = PresenceDocument.of("sip:pat@home.example")
            .with(BasicStatus.OPEN).with(NOTE, "at lunch").with(LOCATION, "Lisbon");

    @Test
    void restrictionKeepsOnlyTheProvidedAttributes() {
        assertEquals(Map.of(BASIC_STATUS, "open", NOTE, "at lunch"),
                document.restrictedTo(Set.of(BASIC_STATUS, NOTE)).attributes());
    }

    @Test
    void theNeutralDocumentSaysWhoItIsAboutAndNothingElse() {
        assertEquals(PresenceDocument.of("sip:pat@home.example"), document.neutral());
    }

    @Test
    void basicStatusIsOpenOrClosed() {
        assertThrows(IllegalArgumentException.class, () -> document.with(BASIC_STATUS, "busy"));
        assertEquals("closed", document.with(BasicStatus.CLOSED).value(BASIC_STATUS).orElseThrow());
    }

    @Test
    void aDocumentNeedsItsPresentity() {
        assertThrows(IllegalArgumentException.class, () -> PresenceDocument.of(" "));
    }
}
