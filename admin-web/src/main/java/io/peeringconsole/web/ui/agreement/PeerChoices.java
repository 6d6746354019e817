package io.peeringconsole.web.ui.agreement;

import io.peeringconsole.registry.application.PeerRegistry;
import io.peeringconsole.registry.application.PeerSearch;
import io.peeringconsole.registry.application.PeerSort;
import io.peeringconsole.registry.domain.PeerKind;
import java.util.stream.Stream;

/** Looks peers and clearing houses up as a person types, page by page, since the registry may hold many. */
final class PeerChoices {

    private static final int MAX_PER_CALL = 500;

    private final PeerRegistry registry;

    PeerChoices(PeerRegistry registry) {
        this.registry = registry;
    }

    void offerTo(AgreementForm form) {
        form.peer.setItems(query -> search(query.getFilter().orElse(null), PeerKind.PEER_NETWORK,
                query.getOffset(), query.getLimit()));
        form.clearingHouse.setItems(query -> search(query.getFilter().orElse(null), PeerKind.CLEARING_HOUSE,
                query.getOffset(), query.getLimit()));
    }

    Stream<PeerOption> search(String text, PeerKind kind, int offset, int limit) {
        String filter = text == null || text.isBlank() ? null : text.strip();
        return registry.search(new PeerSearch(filter, kind, PeerSort.DISPLAY_NAME, true, offset,
                Math.min(limit, MAX_PER_CALL))).items().stream().map(PeerOption::of);
    }
}
