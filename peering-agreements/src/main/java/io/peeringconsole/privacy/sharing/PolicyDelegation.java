package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.rules.Conditions;
import io.peeringconsole.privacy.rules.IdentityCondition;
import io.peeringconsole.privacy.rules.ManyIdentities;
import io.peeringconsole.privacy.rules.Rule;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.rules.SubHandling;
import io.peeringconsole.privacy.rules.Transformations;
import io.peeringconsole.privacy.rules.Validity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.IntStream;

/**
 * Builds the delegated policy for one peer network P. Every delegated rule allows, provides only attributes within
 * the allow-list, and is one of two kinds:
 * <ol>
 * <li><b>Domain-wide rules</b> {@code <many domain="d"/>}, one per allow rule of the user that (without a sphere
 * condition) covers every identity of P's domain d, with that rule's validity. Such a rule names nobody and excludes
 * nobody; it serves P's watchers who subscribe later, and never gives anyone more than the home network would.</li>
 * <li><b>Watcher grants</b> {@code <one id="w"/>}, one per subscribed watcher who is sent something at home,
 * providing exactly what they see, valid from now until their view at home next changes.</li>
 * </ol>
 * Nothing else leaves: no block, confirm or polite-block rule, no except list, no sphere condition, no rule about
 * anyone outside P, not even the user's rule ids. A domain rule with exceptions in P is not exported as such; it
 * reaches P only through the grants of the subscribed watchers it does cover.
 * <p>
 * <b>Why the fiasco rule holds.</b> The export is a function of the domain-wide rules and, for each subscribed
 * watcher, of what they would be sent over time. A block rule changes neither: block is the lowest sub-handling, so
 * a rule that blocks and provides nothing changes no combined permission. A watcher excluded by an except list gets
 * no grant unless another rule grants them something, so "allow example.net except bob" exports exactly what
 * "allow alice; allow carol" does. Rules about identities outside P match none of P's watchers and cover none of
 * P's domains. Polite blocks are sent as an allow providing nothing, which is what they look like in every mode.
 * <p>
 * <b>Why the peer computes the home view.</b> For a subscribed watcher, the grant provides their whole view, and a
 * domain-wide rule that matches them comes from a rule that also matches them at home, so it provides no more.
 * Permissions only add up (RFC 4745 §10), so their union at the peer is the home view until {@code refreshBy}.
 */
final class PolicyDelegation {

    /** The end of validity for a grant whose view never changes: schema-valid, and after any realistic instant. */
    static final Instant OPEN_END = Instant.parse("9999-12-31T23:59:59Z");

    private final PeerAudience audience;
    private final Set<PresenceAttribute> ceiling;
    private final RuleSet rules;
    private final PresenceDocument document;

    PolicyDelegation(PeerAudience audience, Set<PresenceAttribute> ceiling, RuleSet rules, PresenceDocument document) {
        this.audience = audience;
        this.ceiling = ceiling;
        this.rules = rules;
        this.document = document;
    }

    DelegatedExport export(Instant at) {
        List<Rule> delegated = new ArrayList<>(domainWideRules());
        SortedSet<Instant> boundaries = rules.boundariesAfter(at);
        Optional<Instant> refreshBy = Optional.empty();
        int grants = 0;
        for (String watcher : audience.watchers()) {
            WatcherView now = HomeEvaluator.view(rules, document, watcher, ceiling, at);
            Optional<Instant> change = firstChange(watcher, now, boundaries);
            refreshBy = earliest(refreshBy, change);
            if (now.disclosure().isPresent()) {
                delegated.add(grant("g" + ++grants, watcher, now.visible(), at, change));
            }
        }
        RuleSet policy = new RuleSet(delegated);
        return new DelegatedExport(document.restrictedTo(providedBy(policy)), policy, refreshBy);
    }

    private List<Rule> domainWideRules() {
        List<DomainGrant> grants = rules.rules().stream()
                .filter(Rule::isAllow)
                .filter(rule -> rule.conditions().spheres().isEmpty())
                .flatMap(rule -> audience.domains().stream()
                        .filter(rule.conditions()::identityCoversAllOf)
                        .map(domain -> new DomainGrant(domain,
                                PresenceAttribute.intersection(rule.transformations().provided(), ceiling),
                                rule.conditions().validity())))
                .distinct()
                .sorted(DomainGrant.ORDER)
                .toList();
        return IntStream.range(0, grants.size()).mapToObj(i -> grants.get(i).toRule("d" + (i + 1))).toList();
    }

    /** The first boundary at which what the watcher is sent differs from now; views are constant in between. */
    private Optional<Instant> firstChange(String watcher, WatcherView now, SortedSet<Instant> boundaries) {
        return boundaries.stream()
                .filter(b -> !HomeEvaluator.view(rules, document, watcher, ceiling, b).disclosure()
                        .equals(now.disclosure()))
                .findFirst();
    }

    private static Rule grant(String id, String watcher, Set<PresenceAttribute> visible, Instant at,
            Optional<Instant> change) {
        Conditions who = Conditions.identity(IdentityCondition.one(watcher))
                .during(Validity.between(at, change.orElse(OPEN_END)));
        return Rule.of(id, who, SubHandling.ALLOW, Transformations.providing(visible));
    }

    private static Set<PresenceAttribute> providedBy(RuleSet policy) {
        EnumSet<PresenceAttribute> provided = EnumSet.noneOf(PresenceAttribute.class);
        policy.rules().forEach(rule -> provided.addAll(rule.transformations().provided()));
        return provided;
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.filter(instant -> instant.isBefore(a.get())).or(() -> a);
    }

    /** A domain-wide rule before it gets its neutral id. */
    private record DomainGrant(String domain, Set<PresenceAttribute> provided, Optional<Validity> validity) {

        static final Comparator<DomainGrant> ORDER = Comparator.comparing(DomainGrant::domain)
                .thenComparing(grant -> grant.provided().toString())
                .thenComparing(grant -> grant.validity().toString());

        Rule toRule(String id) {
            Conditions everyone = new Conditions(Optional.of(IdentityCondition.of(ManyIdentities.inDomain(domain))),
                    Set.of(), validity);
            return Rule.of(id, everyone, SubHandling.ALLOW, Transformations.providing(provided));
        }
    }
}
