package io.peeringconsole.privacy;

import io.peeringconsole.privacy.rules.Rule;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.sharing.PeerAudience;
import io.peeringconsole.privacy.sharing.PeerExport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** One generated case: a presentity's rules and document, a peer network with its watchers, a permission, a time. */
public record Scenario(RuleSet rules, PresenceDocument document, PeerAudience audience,
        PrivacyPermission permission, Instant at) {

    public Scenario inMode(SharingMode mode) {
        return new Scenario(rules, document, audience, permission.inMode(mode), at);
    }

    /** The same case with {@code extra} rules shuffled in among the presentity's own, at seeded positions. */
    public Scenario withRulesInterleaved(List<Rule> extra, long seed) {
        Random random = new Random(seed);
        List<Rule> all = new ArrayList<>(rules.rules());
        for (Rule rule : extra) {
            all.add(random.nextInt(all.size() + 1), rule);
        }
        return new Scenario(new RuleSet(all), document, audience, permission, at);
    }

    public PeerExport export() {
        return PeerExport.compute(audience, permission, rules, document, at);
    }
}
