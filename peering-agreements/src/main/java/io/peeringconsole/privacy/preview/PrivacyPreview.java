package io.peeringconsole.privacy.preview;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.PrivacyPermission;
import io.peeringconsole.privacy.rules.Identities;
import io.peeringconsole.privacy.rules.ManyIdentities;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.sharing.HomeEvaluator;
import io.peeringconsole.privacy.sharing.PeerAudience;
import io.peeringconsole.privacy.sharing.PeerEvaluator;
import io.peeringconsole.privacy.sharing.PeerExport;
import io.peeringconsole.privacy.sharing.WatcherView;
import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Computes a preview with the sharing library itself. The peer's subscribed watchers are taken to be everyone of its
 * domains whom the rules name (by {@code <one>} or in an except list), plus the chosen watcher: that way the preview
 * shows how the rules that can concern the peer play out, blocked watchers included, which must leave no trace.
 *
 * @param permission  the pair's stored permission (or default deny)
 * @param peerDomains the peer network's domains
 */
public record PrivacyPreview(PrivacyPermission permission, List<String> peerDomains) {

    public PrivacyPreview {
        peerDomains = List.copyOf(peerDomains);
    }

    public PreviewResult of(RuleSet rules, PresenceDocument presence, Optional<String> watcher, Instant at) {
        requireLocalPresentity(presence);
        Set<String> domains = new TreeSet<>(peerDomains.stream().map(Identities::normalizeDomain).toList());
        Optional<String> chosen = watcher.filter(w -> !w.isBlank()).map(w -> requireWatcherOfPeer(w, domains));
        Set<String> watchers = new TreeSet<>();
        namedIdentities(rules).filter(id -> domains.contains(Identities.domainOf(id))).forEach(watchers::add);
        chosen.ifPresent(watchers::add);
        PeerExport export = PeerExport.compute(new PeerAudience(domains, watchers), permission, rules, presence, at);
        Optional<PreviewResult.WatcherOutcome> outcome = chosen.map(w -> {
            WatcherView home = HomeEvaluator.view(rules, presence, w, permission, at);
            return new PreviewResult.WatcherOutcome(w, home.handling(), PeerEvaluator.view(export, w, at));
        });
        return new PreviewResult(permission, List.copyOf(watchers), export, outcome);
    }

    private static Stream<String> namedIdentities(RuleSet rules) {
        return rules.rules().stream()
                .flatMap(rule -> rule.conditions().identity().stream())
                .flatMap(identity -> Stream.concat(identity.ones().stream(),
                        identity.many().stream().map(ManyIdentities::exceptIds).flatMap(Set::stream)))
                .map(Identities::normalize);
    }

    private void requireLocalPresentity(PresenceDocument presence) {
        String domain = Identities.domainOf(presence.presentity());
        if (!domain.equals(Identities.normalizeDomain(permission.localDomain()))) {
            throw new RuleViolationException(PresenceJson.FIELD, "The presence document is about "
                    + SafeText.quote(presence.presentity()) + ", who is not a user of " + permission.localDomain()
                    + "; preview the presence of one of its users, e.g. sip:alice@" + permission.localDomain() + ".");
        }
    }

    private static String requireWatcherOfPeer(String watcher, Set<String> domains) {
        String id = Identities.normalize(watcher);
        if (!domains.contains(Identities.domainOf(id))) {
            throw new RuleViolationException("watcher", "The watcher " + SafeText.quote(watcher) + " is not in any"
                    + " domain of the peer network " + domains + "; choose a watcher of that peer, e.g. sip:bob@"
                    + domains.iterator().next() + ".");
        }
        return id;
    }
}
