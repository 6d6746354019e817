package io.peeringconsole.web.rest.privacy;

import jakarta.json.JsonValue;

/**
 * What to preview: the peer network, the user's pres-rules XML, the presence document (a JSON object in the form
 * {@code {"presentity": ..., "attributes": {...}}}, or that JSON as a string), and optionally a watcher of the peer.
 */
public record PrivacyPreviewInput(Long peerNetworkId, String presRules, JsonValue presence, String watcher) {
}
