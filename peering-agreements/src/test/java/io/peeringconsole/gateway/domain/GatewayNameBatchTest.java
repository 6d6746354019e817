package io.peeringconsole.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.rules.RuleViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names of a batch registration: all valid and distinct, or refused with the place of the first fault. */
class GatewayNameBatchTest {

    @Test
    void validDistinctNamesAreTakenInOrderAndTrimmed() {
        assertEquals(List.of("edge-1", "edge-2", "edge.3"), GatewayName.parseBatch(List.of("edge-1", " edge-2 ",
                "edge.3"), 10));
    }

    @Test
    void anEmptyMissingOrOversizedBatchIsRefused() {
        for (List<String> names : Arrays.asList(null, List.<String>of(), Collections.nCopies(11, "x"))) {
            var refused = assertThrows(RuleViolationException.class, () -> GatewayName.parseBatch(names, 10));
            assertEquals("names", refused.field());
            assertTrue(refused.getMessage().contains("from 1 to 10"), refused.getMessage());
        }
    }

    @Test
    void aMalformedNameIsRefusedWithItsPlace() {
        var refused = assertThrows(RuleViolationException.class, () -> GatewayName.parseBatch(
                List.of("edge-1", "edge-2", "bad name"), 10));
        assertEquals("names[2]", refused.field());
        assertTrue(refused.getMessage().contains("letters, digits"), refused.getMessage());
    }

    @Test
    void aRepeatedNameIsRefusedAtItsSecondPlaceEvenWhenOnlyWhitespaceDiffers() {
        var refused = assertThrows(RuleViolationException.class, () -> GatewayName.parseBatch(
                List.of("edge-1", "edge-2", "edge-1 "), 10));
        assertEquals("names[2]", refused.field());
        assertTrue(refused.getMessage().contains("appears twice"), refused.getMessage());
    }

    @Test
    void aBlankEntryIsRefusedWithItsPlace() {
        List<String> names = new ArrayList<>(List.of("edge-1"));
        names.add(null);
        assertEquals("names[1]", assertThrows(RuleViolationException.class,
                () -> GatewayName.parseBatch(names, 10)).field());
    }
}
