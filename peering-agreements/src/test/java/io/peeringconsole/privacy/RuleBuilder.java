package io.peeringconsole.privacy;

import io.peeringconsole.privacy.rules.Conditions;
import io.peeringconsole.privacy.rules.IdentityCondition;
import io.peeringconsole.privacy.rules.ManyIdentities;
import io.peeringconsole.privacy.rules.Rule;
import io.peeringconsole.privacy.rules.SubHandling;
import io.peeringconsole.privacy.rules.Transformations;
import io.peeringconsole.privacy.rules.Validity;
import io.peeringconsole.privacy.rules.ValidityInterval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Builds rules for examples: {@code rule("friends").one("sip:alice@p1.example").allow().providing(NOTE)}. */
public final class RuleBuilder {

    private final String id;
    private final Set<String> ones = new TreeSet<>();
    private final List<ManyIdentities> many = new ArrayList<>();
    private boolean identityCondition;
    private Set<String> spheres = Set.of();
    private final List<ValidityInterval> intervals = new ArrayList<>();
    private Optional<SubHandling> handling = Optional.empty();
    private Transformations transformations = Transformations.NONE;

    private RuleBuilder(String id) {
        this.id = id;
    }

    public static RuleBuilder rule(String id) {
        return new RuleBuilder(id);
    }

    public RuleBuilder one(String... ids) {
        identityCondition = true;
        ones.addAll(List.of(ids));
        return this;
    }

    public RuleBuilder many(ManyIdentities condition) {
        identityCondition = true;
        many.add(condition);
        return this;
    }

    public RuleBuilder domain(String domain) {
        return many(ManyIdentities.inDomain(domain));
    }

    /** An identity condition that matches nobody. */
    public RuleBuilder nobody() {
        identityCondition = true;
        return this;
    }

    public RuleBuilder sphere(String... values) {
        spheres = Set.of(values);
        return this;
    }

    public RuleBuilder during(Instant from, Instant until) {
        intervals.add(new ValidityInterval(from, until));
        return this;
    }

    public RuleBuilder handling(SubHandling subHandling) {
        handling = Optional.of(subHandling);
        return this;
    }

    public RuleBuilder allow() {
        return handling(SubHandling.ALLOW);
    }

    public RuleBuilder block() {
        return handling(SubHandling.BLOCK);
    }

    public RuleBuilder providing(PresenceAttribute... attributes) {
        return transformations(Transformations.providing(Set.of(attributes)));
    }

    public RuleBuilder transformations(Transformations more) {
        transformations = transformations.combine(more);
        return this;
    }

    public Rule build() {
        Optional<IdentityCondition> identity = identityCondition
                ? Optional.of(new IdentityCondition(ones, many)) : Optional.empty();
        Optional<Validity> validity = intervals.isEmpty() ? Optional.empty() : Optional.of(new Validity(intervals));
        return new Rule(id, new Conditions(identity, spheres, validity), handling, transformations);
    }
}
