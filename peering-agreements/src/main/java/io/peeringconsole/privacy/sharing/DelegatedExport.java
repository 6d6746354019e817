package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.rules.RuleSet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link SharingMode#POLICY_DELEGATION}: one copy of the presence document and the delegated rules by which the
 * peer filters it for its watchers. See {@link PolicyDelegation} for what the rules contain and why no block list
 * can be read from them.
 *
 * @param copy      the presence document, carrying only attributes within the allow-list that some delegated rule
 *                  can provide
 * @param rules     allow rules only: domain-wide rules without exceptions, and grants for named watchers
 * @param refreshBy the first instant at which a subscribed watcher's view at home changes; from then on the peer may
 *                  show less than the home network would until it receives a fresh export, but never more
 */
public record DelegatedExport(PresenceDocument copy, RuleSet rules, Optional<Instant> refreshBy)
        implements PeerExport {

    @Override
    public SharingMode mode() {
        return SharingMode.POLICY_DELEGATION;
    }

    @Override
    public List<PresenceDocument> documents() {
        return List.of(copy);
    }
}
