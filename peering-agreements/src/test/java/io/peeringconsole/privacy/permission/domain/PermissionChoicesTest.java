package io.peeringconsole.privacy.permission.domain;

import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.NOTE;
import static io.peeringconsole.privacy.PresenceAttribute.PLACE_TYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.rules.RuleViolationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionChoicesTest {

    @Test
    void readsAttributeNamesInAnyCaseAndTheRfcSpelling() {
        assertEquals(Set.of(BASIC_STATUS, NOTE, PLACE_TYPE),
                PermissionChoices.attributes(List.of("BASIC_STATUS", "note", "place-type", "NOTE"), "attributes"));
        assertEquals(Set.of(), PermissionChoices.attributes(List.of(), "attributes"));
    }

    @Test
    void refusesUnknownAttributesNamingEveryOneAndTheChoices() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> PermissionChoices.attributes(List.of("NOTE", "SHOE_SIZE", "AURA"), "attributes"));
        assertEquals("attributes", refused.field());
        assertTrue(refused.getMessage().contains("\"SHOE_SIZE\", \"AURA\""), refused.getMessage());
        assertTrue(refused.getMessage().contains("BASIC_STATUS, NOTE"), refused.getMessage());
    }

    @Test
    void refusesAMissingListRatherThanTakingItForEmpty() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> PermissionChoices.attributes(null, "attributes"));
        assertTrue(refused.getMessage().contains("send [] to let nothing leave"), refused.getMessage());
    }

    @Test
    void readsModesAndRefusesUnknownOrMissingOnes() {
        assertEquals(SharingMode.VIEW_SHARING, PermissionChoices.mode("view-sharing", "mode"));
        assertEquals(SharingMode.POLICY_DELEGATION, PermissionChoices.mode("POLICY_DELEGATION", "mode"));
        RuleViolationException unknown = assertThrows(RuleViolationException.class,
                () -> PermissionChoices.mode("BROADCAST", "mode"));
        assertEquals("mode", unknown.field());
        assertTrue(unknown.getMessage().contains("\"BROADCAST\"") && unknown.getMessage()
                .contains("PER_WATCHER, VIEW_SHARING, POLICY_DELEGATION"), unknown.getMessage());
        assertThrows(RuleViolationException.class, () -> PermissionChoices.mode(" ", "mode"));
        assertThrows(RuleViolationException.class, () -> PermissionChoices.mode(null, "mode"));
    }
}
