package io.peeringconsole.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditSortTest {

    @Test
    void readsTheFormsTheApiDocuments() {
        assertEquals(AuditSort.NEWEST_FIRST, AuditSort.parse(null));
        assertEquals(AuditSort.NEWEST_FIRST, AuditSort.parse(" "));
        assertEquals(new AuditSort(AuditSort.Key.TIME, true), AuditSort.parse("time"));
        assertEquals(new AuditSort(AuditSort.Key.TIME, false), AuditSort.parse("-time"));
        assertEquals(new AuditSort(AuditSort.Key.SEQUENCE, false), AuditSort.parse("sequence,desc"));
        assertEquals(new AuditSort(AuditSort.Key.ACTOR, true), AuditSort.parse("Actor:ASC"));
        assertEquals(new AuditSort(AuditSort.Key.ACTION, false), AuditSort.parse("action,desc"));
    }

    @Test
    void refusesWhatItCannotSortByAndSaysWhatItCan() {
        for (String bad : new String[] {"targetId", "time,up", "time,asc,desc", "-"}) {
            var refused = assertThrows(IllegalArgumentException.class, () -> AuditSort.parse(bad), bad);
            assertTrue(refused.getMessage().contains("sequence, time, actor, action"), refused.getMessage());
        }
    }
}
