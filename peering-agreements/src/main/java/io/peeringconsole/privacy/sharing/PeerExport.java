package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.PrivacyPermission;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.rules.RuleSet;

import java.time.Instant;
import java.util.List;

/**
 * Everything that leaves the home network for one peer network about one presentity, in one sharing mode. Two
 * exports are equal exactly when the peer receives the same thing, so tests compare them with {@code equals}.
 */
public sealed interface PeerExport permits PerWatcherExport, ViewSharingExport, DelegatedExport {

    SharingMode mode();

    /** Every presence document in the export, for checks that look at content regardless of mode. */
    List<PresenceDocument> documents();

    /**
     * What leaves for the peer network {@code audience} at {@code at}, in the mode of {@code permission} and never
     * beyond its allow-list.
     */
    static PeerExport compute(PeerAudience audience, PrivacyPermission permission, RuleSet rules,
            PresenceDocument document, Instant at) {
        List<WatcherView> views = audience.watchers().stream()
                .map(watcher -> HomeEvaluator.view(rules, document, watcher, permission, at))
                .toList();
        return switch (permission.mode()) {
            case PER_WATCHER -> PerWatcherExport.of(views);
            case VIEW_SHARING -> ViewSharingExport.of(views);
            case POLICY_DELEGATION -> new PolicyDelegation(audience, permission.allowedAttributes(), rules, document)
                    .export(at);
        };
    }
}
