package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.PrivacyInputException;
import io.peeringconsole.privacy.PrivacyInputException.Problem;
import io.peeringconsole.privacy.rules.Conditions;
import io.peeringconsole.privacy.rules.Rule;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.rules.SubHandling;
import io.peeringconsole.privacy.rules.Transformations;
import io.peeringconsole.rules.SafeText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.peeringconsole.privacy.xml.Namespaces.COMMON_POLICY;
import static io.peeringconsole.privacy.xml.Namespaces.PRES_RULES;

/** Turns a parsed pres-rules tree into a {@link RuleSet}, refusing anything it would have to guess about. */
final class PresRulesReader {

    private PresRulesReader() {
    }

    static RuleSet read(XmlNode root) {
        if (!root.is(COMMON_POLICY, "ruleset")) {
            throw new PrivacyInputException(Problem.NOT_PRES_RULES, "This is not a pres-rules document: it starts"
                    + " with " + root.describe() + ", but a pres-rules document starts with <ruleset xmlns=\""
                    + COMMON_POLICY + "\">.");
        }
        List<Rule> rules = new ArrayList<>();
        for (XmlNode child : root.children()) {
            Refusals.expect(child, COMMON_POLICY, "rule", "<cr:ruleset>");
            rules.add(rule(child));
        }
        try {
            return new RuleSet(rules);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid(e.getMessage());
        }
    }

    private static Rule rule(XmlNode node) {
        String id = Refusals.required(node, "id", "<cr:rule id=\"friends\">");
        Conditions conditions = Conditions.ALWAYS;
        Optional<SubHandling> handling = Optional.empty();
        Transformations transformations = Transformations.NONE;
        Set<String> seen = new HashSet<>();
        for (XmlNode child : node.children()) {
            if (!COMMON_POLICY.equals(child.namespace()) || !seen.add(child.name())) {
                throw Refusals.unsupported(child, "<cr:rule id=\"" + SafeText.bounded(id, 40) + "\">",
                        "at most one each of <cr:conditions>, <cr:actions> and <cr:transformations>");
            }
            try {
                switch (child.name()) {
                    case "conditions" -> conditions = ConditionsReader.read(child);
                    case "actions" -> handling = actions(child);
                    case "transformations" -> transformations = TransformationsReader.read(child);
                    default -> throw Refusals.unsupported(child, "<cr:rule>",
                            "<cr:conditions>, <cr:actions> or <cr:transformations>");
                }
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid("In rule " + SafeText.quote(id) + ": " + e.getMessage());
            }
        }
        return validRule(id, conditions, handling, transformations);
    }

    private static Optional<SubHandling> actions(XmlNode actions) {
        Optional<SubHandling> handling = Optional.empty();
        for (XmlNode child : actions.children()) {
            if (!child.is(PRES_RULES, "sub-handling") || handling.isPresent()) {
                throw Refusals.unsupported(child, "<cr:actions>", "one <pr:sub-handling>");
            }
            handling = Optional.of(SubHandling.fromToken(child.trimmedText()).orElseThrow(() -> Refusals.invalid(
                    "<pr:sub-handling> must be block, confirm, polite-block or allow, not "
                            + SafeText.quote(child.trimmedText()) + ".")));
        }
        return handling;
    }

    private static Rule validRule(String id, Conditions conditions, Optional<SubHandling> handling,
            Transformations transformations) {
        try {
            return new Rule(id, conditions, handling, transformations);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid(e.getMessage());
        }
    }
}
