package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceDocument;

import java.util.List;

/** One distinct view and the watchers it is for, in {@link io.peeringconsole.privacy.SharingMode#VIEW_SHARING}. */
public record SharedView(PresenceDocument document, List<String> watchers) {

    public SharedView {
        watchers = List.copyOf(watchers);
    }
}
