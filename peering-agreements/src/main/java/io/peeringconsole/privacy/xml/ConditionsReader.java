package io.peeringconsole.privacy.xml;

import io.peeringconsole.privacy.rules.Conditions;
import io.peeringconsole.privacy.rules.IdentityCondition;
import io.peeringconsole.privacy.rules.ManyIdentities;
import io.peeringconsole.privacy.rules.Validity;
import io.peeringconsole.privacy.rules.ValidityInterval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static io.peeringconsole.privacy.xml.Namespaces.COMMON_POLICY;

/** Reads {@code <conditions>}: identity, sphere and validity, each at most once (RFC 4745 §7). */
final class ConditionsReader {

    private ConditionsReader() {
    }

    static Conditions read(XmlNode conditions) {
        Optional<IdentityCondition> identity = Optional.empty();
        Set<String> spheres = Set.of();
        Optional<Validity> validity = Optional.empty();
        Set<String> seen = new HashSet<>();
        for (XmlNode child : conditions.children()) {
            if (!COMMON_POLICY.equals(child.namespace()) || !seen.add(child.name())) {
                throw Refusals.unsupported(child, "<cr:conditions>",
                        "at most one each of <cr:identity>, <cr:sphere> and <cr:validity>");
            }
            switch (child.name()) {
                case "identity" -> identity = Optional.of(identity(child));
                case "sphere" -> spheres = sphere(child);
                case "validity" -> validity = Optional.of(validity(child));
                default -> throw Refusals.unsupported(child, "<cr:conditions>",
                        "<cr:identity>, <cr:sphere> or <cr:validity>");
            }
        }
        return new Conditions(identity, spheres, validity);
    }

    private static IdentityCondition identity(XmlNode identity) {
        Set<String> ones = new TreeSet<>();
        List<ManyIdentities> many = new ArrayList<>();
        for (XmlNode child : identity.children()) {
            if (child.is(COMMON_POLICY, "one")) {
                ones.add(Refusals.required(child, "id", "<cr:one id=\"sip:alice@example.net\"/>"));
            } else if (child.is(COMMON_POLICY, "many")) {
                many.add(many(child));
            } else {
                throw Refusals.unsupported(child, "<cr:identity>", "<cr:one> or <cr:many>");
            }
        }
        return new IdentityCondition(ones, many);
    }

    private static ManyIdentities many(XmlNode many) {
        ManyIdentities condition = new ManyIdentities(many.attribute("domain").filter(d -> !d.isEmpty()),
                Set.of(), Set.of());
        for (XmlNode except : many.children()) {
            Refusals.expect(except, COMMON_POLICY, "except", "<cr:many>");
            Optional<String> id = except.attribute("id");
            Optional<String> domain = except.attribute("domain");
            if (id.isPresent() == domain.isPresent()) {
                throw Refusals.invalid("<cr:except> needs exactly one of id or domain, for example"
                        + " <cr:except id=\"sip:bob@example.net\"/>.");
            }
            condition = id.isPresent() ? condition.except(id.get()) : condition.exceptDomain(domain.get());
        }
        return condition;
    }

    private static Set<String> sphere(XmlNode sphere) {
        String value = Refusals.required(sphere, "value", "<cr:sphere value=\"work\"/>");
        return new TreeSet<>(List.of(value.split("\\s+")));
    }

    private static Validity validity(XmlNode validity) {
        List<XmlNode> children = validity.children();
        if (children.isEmpty() || children.size() % 2 != 0) {
            throw Refusals.invalid("<cr:validity> holds pairs of <cr:from> and <cr:until>.");
        }
        List<ValidityInterval> intervals = new ArrayList<>();
        for (int i = 0; i < children.size(); i += 2) {
            Refusals.expect(children.get(i), COMMON_POLICY, "from", "<cr:validity>");
            Refusals.expect(children.get(i + 1), COMMON_POLICY, "until", "<cr:validity>");
            try {
                intervals.add(new ValidityInterval(Refusals.dateTime(children.get(i)),
                        Refusals.dateTime(children.get(i + 1))));
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid(e.getMessage());
            }
        }
        return new Validity(intervals);
    }
}
