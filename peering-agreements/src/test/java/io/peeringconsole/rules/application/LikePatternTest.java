package io.peeringconsole.rules.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreMatchedAsThemselves() {
        assertEquals("50!%!_off!!", LikePattern.escaped("50%_off!"));
    }

    @Test
    void containingIsLowerCaseStrippedAndOpenAtBothEnds() {
        assertEquals("%ops!_team%", LikePattern.containing("  Ops_Team "));
    }

    @Test
    void nothingTypedMeansNoFilter() {
        assertNull(LikePattern.containing(null));
        assertNull(LikePattern.containing("   "));
    }
}
