/**
 * The privacy preview: given a permission, a peer's domains, a user's pres-rules and a presence document, what
 * leaves for the peer in the configured sharing mode and what one of its watchers would see. Pure, so that the
 * console shows exactly what the sharing library computes. Presence documents come in the small JSON form read by
 * {@link io.peeringconsole.privacy.preview.PresenceJson}.
 */
package io.peeringconsole.privacy.preview;
