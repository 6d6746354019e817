package io.peeringconsole.web.ui.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainLinesTest {

    @Test
    void splitsOnLinesCommasAndSpacesAndDropsBlanks() {
        assertEquals(List.of("example.net", "im.example.net", "example.org"),
                DomainLines.parse(" example.net\n\nim.example.net, example.org  \n"));
    }

    @Test
    void dropsDuplicatesRegardlessOfCase() {
        assertEquals(List.of("example.net"), DomainLines.parse("example.net\nEXAMPLE.net"));
    }

    @Test
    void leavesJudgingTheDomainsToTheRegistry() {
        assertEquals(List.of("*.example.net"), DomainLines.parse("*.example.net"));
    }

    @Test
    void writesOnePerLine() {
        assertEquals("a.example\nb.example", DomainLines.format(List.of("a.example", "b.example")));
        assertEquals(List.of(), DomainLines.parse(null));
    }
}
