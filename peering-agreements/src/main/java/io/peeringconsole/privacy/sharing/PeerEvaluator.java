package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.rules.Permissions;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

/** What the peer network computes for one of its watchers from what it received. */
public final class PeerEvaluator {

    private PeerEvaluator() {
    }

    /**
     * The document the peer delivers to {@code watcher} at {@code at}, or nothing. Per-watcher and view-sharing
     * exports are snapshots, so {@code at} only matters for delegated policies, which the peer evaluates with the
     * same combining rules as the home network.
     */
    public static Optional<PresenceDocument> view(PeerExport export, String watcher, Instant at) {
        return switch (export) {
            case PerWatcherExport perWatcher -> perWatcher.documentFor(watcher);
            case ViewSharingExport shared -> shared.documentFor(watcher);
            case DelegatedExport delegated -> filter(delegated, watcher, at);
        };
    }

    private static Optional<PresenceDocument> filter(DelegatedExport export, String watcher, Instant at) {
        PresenceDocument copy = export.copy();
        Permissions permissions = export.rules().permissionsFor(watcher, copy.value(PresenceAttribute.SPHERE), at);
        // The peer knows no allow-list; the copy it received already stops at it.
        return WatcherView.of(watcher, permissions, copy, EnumSet.allOf(PresenceAttribute.class)).document();
    }
}
