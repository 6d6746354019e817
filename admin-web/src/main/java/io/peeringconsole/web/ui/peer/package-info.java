/**
 * Peer networks and clearing houses: the list ({@link io.peeringconsole.web.ui.peer.PeerNetworksView}) and the
 * editor ({@link io.peeringconsole.web.ui.peer.PeerNetworkForm}). The form only parses what a person typed into a
 * command; whether a domain is acceptable is decided by the registry, whose verdict the form shows next to the field.
 */
package io.peeringconsole.web.ui.peer;
