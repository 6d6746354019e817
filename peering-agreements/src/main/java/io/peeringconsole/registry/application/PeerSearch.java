package io.peeringconsole.registry.application;

import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.rules.application.PageWindow;

/**
 * One page of the peer registry.
 *
 * @param text      matched case-insensitively anywhere in the display name, or at the start of any domain; null for all
 * @param kind      only peer networks or only clearing houses; null for both
 * @param sort      the order; null means by display name
 * @param ascending direction of the order
 * @param offset    rows to skip, 0 or more
 * @param limit     rows to return, 1 to 500
 */
public record PeerSearch(String text, PeerKind kind, PeerSort sort, boolean ascending, int offset, int limit) {

    public PeerSearch {
        PageWindow.check(offset, limit);
        sort = sort == null ? PeerSort.DISPLAY_NAME : sort;
    }

    /** The first {@code limit} peers by display name. */
    public static PeerSearch firstPage(int limit) {
        return new PeerSearch(null, null, PeerSort.DISPLAY_NAME, true, 0, limit);
    }
}
