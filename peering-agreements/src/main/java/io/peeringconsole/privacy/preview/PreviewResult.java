package io.peeringconsole.privacy.preview;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.PrivacyPermission;
import io.peeringconsole.privacy.rules.SubHandling;
import io.peeringconsole.privacy.sharing.DelegatedExport;
import io.peeringconsole.privacy.sharing.PeerExport;
import io.peeringconsole.privacy.sharing.PerWatcherExport;
import io.peeringconsole.privacy.sharing.ViewSharingExport;
import io.peeringconsole.privacy.xml.PresRulesXml;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a preview shows: the permission it used, the peer's watchers it assumed, what leaves for the peer, and the
 * chosen watcher's outcome.
 */
public record PreviewResult(PrivacyPermission permission, List<String> watchers, PeerExport export,
        Optional<WatcherOutcome> watcher) {

    /**
     * The chosen watcher: the home network's decision (which never leaves) and the document the peer delivers to
     * them, or none.
     */
    public record WatcherOutcome(String watcher, SubHandling homeDecision, Optional<PresenceDocument> sees) {
    }

    /** One presence document that leaves, with the watchers it is for (none named under policy delegation). */
    public record SentDocument(List<String> watchers, PresenceDocument document) {
    }

    /** Every document that leaves for the peer, in the order the export holds them. */
    public List<SentDocument> sent() {
        return switch (export) {
            case PerWatcherExport perWatcher -> perWatcher.documentsByWatcher().stream()
                    .map(sent -> new SentDocument(List.of(sent.watcher()), sent.document())).toList();
            case ViewSharingExport shared -> shared.views().stream()
                    .map(view -> new SentDocument(view.watchers(), view.document())).toList();
            case DelegatedExport delegated -> List.of(new SentDocument(List.of(), delegated.copy()));
        };
    }

    /** The delegated rules as pres-rules XML, under policy delegation only. */
    public Optional<String> delegatedRules() {
        return export instanceof DelegatedExport delegated ? Optional.of(PresRulesXml.write(delegated.rules()))
                : Optional.empty();
    }

    /** When the peer needs a fresh export, under policy delegation only. */
    public Optional<Instant> refreshBy() {
        return export instanceof DelegatedExport delegated ? delegated.refreshBy() : Optional.empty();
    }
}
