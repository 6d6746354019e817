package io.peeringconsole.agreement.domain;

/**
 * One identity the activation gate asks the trust store about: a domain of the peer, or of the clearing house it is
 * reached through.
 *
 * @param partyId            the registry id of the peer network or clearing house the domain belongs to
 * @param partyName          its display name, for messages
 * @param clearingHouse      true when the domain is the clearing house's own
 * @param viaClearingHouseId for a peer domain reached via a clearing house, that hub's id (whose transitive-trust
 *                           policy may vouch for its members); otherwise null
 */
public record TrustSubject(long partyId, String partyName, String domain, boolean clearingHouse,
        Long viaClearingHouseId) {
}
