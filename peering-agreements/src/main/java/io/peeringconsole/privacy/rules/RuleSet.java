package io.peeringconsole.privacy.rules;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A user's {@code <ruleset>}: rules in no particular order, since combining takes the maximum over all matches. */
public record RuleSet(List<Rule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("Rule ids must be unique within a rule set; \"" + rule.id()
                        + "\" appears twice.");
            }
        }
    }

    public static RuleSet of(Rule... rules) {
        return new RuleSet(List.of(rules));
    }

    /**
     * The permissions of {@code watcher} at {@code at}: the maximum sub-handling and the combination of the
     * transformations of every rule whose conditions hold (RFC 4745 §10). With no sub-handling among them, or no
     * matching rule at all, the watcher is blocked.
     */
    public Permissions permissionsFor(String watcher, Optional<String> presentitySphere, Instant at) {
        WatcherIdentity identity = WatcherIdentity.of(watcher);
        SubHandling handling = SubHandling.BLOCK;
        Transformations combined = Transformations.NONE;
        for (Rule rule : rules) {
            if (rule.applies(identity, presentitySphere, at)) {
                handling = rule.subHandling().map(handling::max).orElse(handling);
                combined = combined.combine(rule.transformations());
            }
        }
        return new Permissions(handling, combined);
    }

    /** Every instant after {@code after} at which some rule's validity starts or ends, in order. */
    public SortedSet<Instant> boundariesAfter(Instant after) {
        TreeSet<Instant> boundaries = new TreeSet<>();
        rules.forEach(rule -> rule.conditions().boundaries().filter(after::isBefore).forEach(boundaries::add));
        return boundaries;
    }
}
