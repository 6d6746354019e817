package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceDocument;

/** One document for one watcher, in {@link io.peeringconsole.privacy.SharingMode#PER_WATCHER} mode. */
public record WatcherDocument(String watcher, PresenceDocument document) {
}
