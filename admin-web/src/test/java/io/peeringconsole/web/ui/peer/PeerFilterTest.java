package io.peeringconsole.web.ui.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.peeringconsole.registry.application.PeerSearch;
import io.peeringconsole.registry.application.PeerSort;
import io.peeringconsole.registry.domain.PeerKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerFilterTest {

    @Test
    void sortsByDisplayNameWhenTheGridHasNoOrder() {
        PeerSearch search = PeerFilter.NONE.search(List.of(), 100, 50);

        assertEquals(PeerSort.DISPLAY_NAME, search.sort());
        assertTrue(search.ascending());
        assertEquals(100, search.offset());
        assertEquals(50, search.limit());
        assertNull(search.text());
    }

    @Test
    void takesTheGridsFirstSortOrder() {
        List<QuerySortOrder> order = List.of(new QuerySortOrder("UPDATED_AT", SortDirection.DESCENDING),
                new QuerySortOrder("KIND", SortDirection.ASCENDING));

        PeerSearch search = PeerFilter.NONE.withText(" acme ").withKind(PeerKind.CLEARING_HOUSE).search(order, 0, 10);

        assertEquals(PeerSort.UPDATED_AT, search.sort());
        assertFalse(search.ascending());
        assertEquals("acme", search.text());
        assertEquals(PeerKind.CLEARING_HOUSE, search.kind());
    }

    @Test
    void emptyListInvitesTheFirstEntryOrNamesTheFilter() {
        assertEquals("No peer networks yet — add the first one with “New peer network”.",
                PeerFilter.NONE.emptyStateText(true));
        assertEquals("No peer networks yet.", PeerFilter.NONE.emptyStateText(false));
        assertEquals("No peer network matches “acme”.", PeerFilter.NONE.withText("acme").emptyStateText(true));
        assertEquals("No peer network of kind Clearing house yet.",
                PeerFilter.NONE.withKind(PeerKind.CLEARING_HOUSE).emptyStateText(true));
        assertEquals(PeerFilter.NONE, PeerFilter.NONE.withText("   "));
    }
}
