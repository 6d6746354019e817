package io.peeringconsole.web.rest.privacy;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.preview.PreviewResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a peer network would receive: the mode and allow-list used, the peer's watchers assumed (those of its
 * domains the rules name, and the chosen one), each document that leaves with the watchers it is for, the delegated
 * rules under POLICY_DELEGATION, and what the chosen watcher sees ({@code sees} absent: they receive nothing).
 */
public record PrivacyPreviewRepresentation(String localDomain, long peerNetworkId, String mode,
        List<String> allowedAttributes, List<String> watchers, List<Sent> sent, String delegatedRules,
        Instant refreshBy, Watcher watcher) {

    /** One presence document that leaves, and the watchers it is for (empty under policy delegation). */
    public record Sent(List<String> watchers, Presence presence) {
    }

    /** A presence document in the same JSON form the preview reads. */
    public record Presence(String presentity, Map<String, String> attributes) {

        static Presence of(PresenceDocument document) {
            Map<String, String> attributes = new LinkedHashMap<>();
            document.attributes().forEach((attribute, value) -> attributes.put(attribute.name(), value));
            return new Presence(document.presentity(), attributes);
        }
    }

    /** The chosen watcher: the home network's decision (which never leaves it) and what they see. */
    public record Watcher(String uri, String homeDecision, boolean receives, Presence sees) {
    }

    static PrivacyPreviewRepresentation of(long peerNetworkId, PreviewResult result) {
        Watcher watcher = result.watcher().map(outcome -> new Watcher(outcome.watcher(),
                outcome.homeDecision().name(), outcome.sees().isPresent(),
                outcome.sees().map(Presence::of).orElse(null))).orElse(null);
        return new PrivacyPreviewRepresentation(result.permission().localDomain(), peerNetworkId,
                result.permission().mode().name(),
                result.permission().allowedAttributes().stream().map(Enum::name).toList(), result.watchers(),
                result.sent().stream().map(s -> new Sent(s.watchers(), Presence.of(s.document()))).toList(),
                result.delegatedRules().orElse(null), result.refreshBy().orElse(null), watcher);
    }
}
