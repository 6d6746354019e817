package io.peeringconsole.agreement.domain;

import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.registry.domain.PeerNetwork;
import java.util.List;

/**
 * What an agreement needs to know about a registered peer network or clearing house, read from the registry when
 * the agreement is drafted or checked. Agreements refer to the registry by id; they never hold its entities.
 *
 * @param domains         the party's domains in normal form, primary first
 * @param clearingHouseId the clearing house the registry says this peer is reached through, or null
 */
public record RegisteredPeer(long id, String displayName, PeerKind kind, List<String> domains, Long clearingHouseId) {

    public RegisteredPeer {
        domains = List.copyOf(domains);
    }

    public static RegisteredPeer of(PeerNetwork peer) {
        return new RegisteredPeer(peer.id(), peer.displayName(), peer.kind(), peer.domainNames(),
                peer.clearingHouseId());
    }

    public boolean isClearingHouse() {
        return kind == PeerKind.CLEARING_HOUSE;
    }

    String describe() {
        return "\"" + displayName + "\" (id " + id + ")";
    }
}
