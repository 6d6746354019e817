package io.peeringconsole.trust.domain;

import java.util.List;

/** What trust needs to know about a peer network or clearing house: which one, its name, its domains (normal form). */
public record TrustedPeer(long id, String displayName, List<String> domains) {

    public TrustedPeer {
        domains = List.copyOf(domains);
    }
}
