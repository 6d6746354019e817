package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.rules.Conditions;
import io.peeringconsole.privacy.rules.IdentityCondition;
import io.peeringconsole.privacy.rules.ManyIdentities;
import io.peeringconsole.privacy.rules.Rule;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.rules.Validity;
import io.peeringconsole.privacy.rules.ValidityInterval;

import javax.xml.stream.XMLStreamException;

import static io.peeringconsole.privacy.xml.Namespaces.COMMON_POLICY;
import static io.peeringconsole.privacy.xml.Namespaces.PRES_RULES;

/**
 * Writes a {@link RuleSet} as a pres-rules document, always in the same element order and indentation, so that
 * equal rule sets give identical text (and a diff shows only real changes).
 */
final class PresRulesWriter {

    private final IndentingXmlWriter out;

    private PresRulesWriter(IndentingXmlWriter out) {
        this.out = out;
    }

    static String write(RuleSet rules) {
        try {
            IndentingXmlWriter out = new IndentingXmlWriter();
            new PresRulesWriter(out).ruleSet(rules);
            return out.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing to a string cannot fail; the StAX writer did.", e);
        }
    }

    private void ruleSet(RuleSet rules) throws XMLStreamException {
        out.startRoot(COMMON_POLICY, "ruleset");
        for (Rule rule : rules.rules()) {
            rule(rule);
        }
        out.end();
    }

    private void rule(Rule rule) throws XMLStreamException {
        out.start(COMMON_POLICY, "rule");
        out.attribute("id", rule.id());
        if (!rule.conditions().equals(Conditions.ALWAYS)) {
            conditions(rule.conditions());
        }
        if (rule.subHandling().isPresent()) {
            out.start(COMMON_POLICY, "actions");
            out.leaf(PRES_RULES, "sub-handling", rule.subHandling().get().token());
            out.end();
        }
        if (!rule.transformations().isNone()) {
            new TransformationsWriter(out).write(rule.transformations());
        }
        out.end();
    }

    private void conditions(Conditions conditions) throws XMLStreamException {
        out.start(COMMON_POLICY, "conditions");
        if (conditions.identity().isPresent()) {
            identity(conditions.identity().get());
        }
        if (!conditions.spheres().isEmpty()) {
            out.empty(COMMON_POLICY, "sphere");
            out.attribute("value", String.join(" ", conditions.spheres()));
        }
        if (conditions.validity().isPresent()) {
            validity(conditions.validity().get());
        }
        out.end();
    }

    private void identity(IdentityCondition identity) throws XMLStreamException {
        out.start(COMMON_POLICY, "identity");
        for (String one : identity.ones()) {
            out.empty(COMMON_POLICY, "one");
            out.attribute("id", one);
        }
        for (ManyIdentities many : identity.many()) {
            many(many);
        }
        out.end();
    }

    private void many(ManyIdentities many) throws XMLStreamException {
        boolean hasExceptions = !many.exceptIds().isEmpty() || !many.exceptDomains().isEmpty();
        if (hasExceptions) {
            out.start(COMMON_POLICY, "many");
        } else {
            out.empty(COMMON_POLICY, "many");
        }
        if (many.domain().isPresent()) {
            out.attribute("domain", many.domain().get());
        }
        for (String domain : many.exceptDomains()) {
            out.empty(COMMON_POLICY, "except");
            out.attribute("domain", domain);
        }
        for (String id : many.exceptIds()) {
            out.empty(COMMON_POLICY, "except");
            out.attribute("id", id);
        }
        if (hasExceptions) {
            out.end();
        }
    }

    private void validity(Validity validity) throws XMLStreamException {
        out.start(COMMON_POLICY, "validity");
        for (ValidityInterval interval : validity.intervals()) {
            out.leaf(COMMON_POLICY, "from", interval.from().toString());
            out.leaf(COMMON_POLICY, "until", interval.until().toString());
        }
        out.end();
    }
}
