package io.peeringconsole.web.ui.peer;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.registry.application.PeerSearch;
import io.peeringconsole.registry.application.PeerSort;
import io.peeringconsole.web.ui.support.Formats;
import java.util.List;

/**
 * What the peer list is filtered by; turns a grid's request (rows and sort order) into a registry search. Grid
 * columns name their sort property after {@link PeerSort}.
 */
record PeerFilter(String text, PeerKind kind) {

    static final PeerFilter NONE = new PeerFilter(null, null);

    PeerFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    PeerFilter withText(String newText) {
        return new PeerFilter(newText, kind);
    }

    PeerFilter withKind(PeerKind newKind) {
        return new PeerFilter(text, newKind);
    }

    PeerSearch search(List<QuerySortOrder> sortOrders, int offset, int limit) {
        if (sortOrders == null || sortOrders.isEmpty()) {
            return new PeerSearch(text, kind, PeerSort.DISPLAY_NAME, true, offset, limit);
        }
        QuerySortOrder first = sortOrders.getFirst();
        return new PeerSearch(text, kind, PeerSort.valueOf(first.getSorted()),
                first.getDirection() != SortDirection.DESCENDING, offset, limit);
    }

    /**
     * What an empty list says: an empty registry invites whoever may add to add the first entry, an empty result
     * names the filter.
     */
    String emptyStateText(boolean mayAdd) {
        if (text == null && kind == null) {
            return mayAdd ? "No peer networks yet — add the first one with “New peer network”." : "No peer networks yet.";
        }
        String ofKind = kind == null ? "" : " of kind " + Formats.label(kind);
        String matching = text == null ? "" : " matches “" + text + "”";
        return "No peer network" + ofKind + matching + (text == null ? " yet." : ".");
    }
}
