package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;
import java.util.Objects;

/**
 * Who an agreement binds: one local domain and one peer network, reached directly or through the clearing house the
 * registry records for that peer. Checked when made, so an agreement never names a clearing house as its peer or
 * routes through a hub the peer is not a member of.
 *
 * @param localDomain   the local domain in normal form
 * @param clearingHouse the clearing house the peer is reached through, or null for a direct route
 */
public record AgreementParties(String localDomain, RegisteredPeer peer, RegisteredPeer clearingHouse) {

    public AgreementParties {
        Objects.requireNonNull(localDomain, "An agreement needs a local domain.");
        Objects.requireNonNull(peer, "An agreement needs a peer network.");
        if (peer.isClearingHouse()) {
            throw new RuleViolationException("peerNetworkId", peer.describe() + " is a clearing house. An agreement"
                    + " binds a peer network: choose a peer network, and route it via this clearing house.");
        }
        if (clearingHouse != null) {
            checkRoute(peer, clearingHouse);
        }
    }

    public static AgreementParties direct(String localDomain, RegisteredPeer peer) {
        return new AgreementParties(localDomain, peer, null);
    }

    public Route route() {
        return clearingHouse == null ? Route.direct() : Route.viaClearingHouse(clearingHouse.id());
    }

    private static void checkRoute(RegisteredPeer peer, RegisteredPeer hub) {
        if (!hub.isClearingHouse()) {
            throw new RuleViolationException("clearingHouseId", hub.describe() + " is a peer network, not a clearing"
                    + " house; choose a clearing house or a direct route.");
        }
        if (peer.clearingHouseId() == null) {
            throw new RuleViolationException("clearingHouseId", "The registry does not record " + peer.describe()
                    + " as reached through any clearing house; choose a direct route, or record its clearing house"
                    + " on the peer network first.");
        }
        if (peer.clearingHouseId() != hub.id()) {
            throw new RuleViolationException("clearingHouseId", peer.describe() + " is reached through the clearing"
                    + " house with id " + peer.clearingHouseId() + ", not through " + hub.describe()
                    + "; choose that clearing house or a direct route.");
        }
    }
}
