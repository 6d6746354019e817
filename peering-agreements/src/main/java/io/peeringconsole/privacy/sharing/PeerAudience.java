package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.rules.Identities;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Peer network P as the export sees it: its domains, and those of its watchers currently subscribed to the
 * presentity. Every watcher must belong to one of P's domains; anyone else is not P's to serve.
 */
public record PeerAudience(Set<String> domains, Set<String> watchers) {

    public PeerAudience {
        domains = sortedCopy(domains, true);
        watchers = sortedCopy(watchers, false);
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("A peer network has at least one domain.");
        }
        for (String watcher : watchers) {
            if (!domains.contains(Identities.domainOf(watcher))) {
                throw new IllegalArgumentException("Watcher " + watcher + " is not in any domain of the peer "
                        + domains + ".");
            }
        }
    }

    private static SortedSet<String> sortedCopy(Set<String> items, boolean asDomains) {
        TreeSet<String> copy = new TreeSet<>();
        items.forEach(item -> copy.add(asDomains ? Identities.normalizeDomain(item) : Identities.normalize(item)));
        return Collections.unmodifiableSortedSet(copy);
    }
}
