package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.rules.Identities;

import java.util.List;
import java.util.Optional;

/**
 * One document per watcher that is sent something, in watcher order. A watcher who is sent nothing (blocked,
 * pending confirmation, or without any rule) does not appear at all, so those three cases look the same.
 */
public record PerWatcherExport(List<WatcherDocument> documentsByWatcher) implements PeerExport {

    public PerWatcherExport {
        documentsByWatcher = List.copyOf(documentsByWatcher);
    }

    static PerWatcherExport of(List<WatcherView> views) {
        return new PerWatcherExport(views.stream()
                .flatMap(view -> view.document().map(doc -> new WatcherDocument(view.watcher(), doc)).stream())
                .toList());
    }

    public Optional<PresenceDocument> documentFor(String watcher) {
        String id = Identities.normalize(watcher);
        return documentsByWatcher.stream().filter(sent -> sent.watcher().equals(id)).map(WatcherDocument::document)
                .findFirst();
    }

    @Override
    public SharingMode mode() {
        return SharingMode.PER_WATCHER;
    }

    @Override
    public List<PresenceDocument> documents() {
        return documentsByWatcher.stream().map(WatcherDocument::document).toList();
    }
}
