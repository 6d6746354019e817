package io.peeringconsole.web.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.peeringconsole.web.ui.audit.StateDiff.Change;
import io.peeringconsole.web.ui.audit.StateDiff.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDiffTest {

    @Test
    void nestedJsonIsFlattenedToPaths() {
        assertEquals(Map.of("name", "Example", "contacts[0].email", "noc@example.net", "contacts[1].name", "NOC",
                        "limits.max", "5", "active", "true", "note", "null"),
                StateDiff.flatten("{\"name\":\"Example\",\"contacts\":[{\"email\":\"noc@example.net\"},{\"name\":"
                        + "\"NOC\"}],\"limits\":{\"max\":5},\"active\":true,\"note\":null}"));
    }

    @Test
    void marksEachPathAddedRemovedChangedOrUnchangedChangesFirst() {
        List<Row> rows = StateDiff.of("{\"name\":\"Old\",\"domains\":[\"a.net\",\"b.net\"],\"kept\":1}",
                "{\"name\":\"New\",\"domains\":[\"a.net\"],\"kept\":1,\"notes\":\"hi\"}");
        assertEquals(List.of(
                new Row("domains[1]", "b.net", null, Change.REMOVED),
                new Row("name", "Old", "New", Change.CHANGED),
                new Row("notes", null, "hi", Change.ADDED),
                new Row("domains[0]", "a.net", "a.net", Change.UNCHANGED),
                new Row("kept", "1", "1", Change.UNCHANGED)), rows);
    }

    @Test
    void aCreationIsAllAddedADeletionAllRemoved() {
        assertEquals(List.of(new Row("a", null, "1", Change.ADDED)), StateDiff.of(null, "{\"a\":1}"));
        assertEquals(List.of(new Row("a", "1", null, Change.REMOVED)), StateDiff.of("{\"a\":1}", null));
        assertEquals(List.of(), StateDiff.of(null, null));
    }

    @Test
    void textThatIsNotJsonIsShownWholeAndEmptyContainersKeepTheirPlace() {
        assertEquals(List.of(new Row("(state)", "not json", "{}", Change.CHANGED)), StateDiff.of("not json", "{}"));
        assertEquals(List.of(new Row("list", null, "[]", Change.ADDED),
                new Row("list[0]", "x", null, Change.REMOVED)), StateDiff.of("{\"list\":[\"x\"]}", "{\"list\":[]}"));
    }
}
