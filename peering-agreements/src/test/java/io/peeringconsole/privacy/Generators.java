package io.peeringconsole.privacy;

import io.peeringconsole.privacy.rules.ComponentSelection;
import io.peeringconsole.privacy.rules.Conditions;
import io.peeringconsole.privacy.rules.IdentityCondition;
import io.peeringconsole.privacy.rules.ManyIdentities;
import io.peeringconsole.privacy.rules.Rule;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.rules.Selector;
import io.peeringconsole.privacy.rules.SubHandling;
import io.peeringconsole.privacy.rules.Transformations;
import io.peeringconsole.privacy.rules.UnknownAttribute;
import io.peeringconsole.privacy.rules.UserInputLevel;
import io.peeringconsole.privacy.rules.Validity;
import io.peeringconsole.privacy.rules.ValidityInterval;
import io.peeringconsole.privacy.sharing.PeerAudience;
import io.peeringconsole.testing.PropertyCheck;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Random rule sets, documents and peers over a small world, so that rules, watchers and domains collide often: peer
 * network P owns two domains, two other domains belong to outsiders, four users live in each domain, and every
 * validity boundary falls on a whole hour within three hours of {@link #T0}.
 * <p>
 * The property tests run some 100,000 cases, and building a fresh rule set of up to eight rules costs more than
 * checking it. So {@link #scenario}, {@link #blockRules} and {@link #rulesAboutOutsiders} draw rules and documents
 * from pools generated once per instance (one instance per property) from the base seed: each case is a random
 * combination (of up to eight rules out of thousands, a document, watchers, an allow-list, a mode and an instant).
 * {@link #ruleSet} generates rules afresh, for tests that can afford it.
 * <p>
 * Sizes of lists and sets are drawn uniformly between their bounds; "optional(p)" below means present with
 * probability p. {@link #render} prints a case readably, with instants relative to {@link #T0}.
 */
public final class Generators {

    public static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    public static final List<String> PEER_DOMAINS = List.of("p1.example", "p2.example");
    public static final List<String> OUTSIDE_DOMAINS = List.of("o1.example", "o2.example");
    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave");
    private static final List<String> SPHERES = List.of("work", "home");
    private static final List<String> ALL_DOMAINS = Stream.concat(PEER_DOMAINS.stream(), OUTSIDE_DOMAINS.stream())
            .toList();
    private static final List<String> PEER_IDENTITIES = identitiesIn(PEER_DOMAINS);
    private static final List<String> TEXTS = List.of("in a meeting", "on-the-phone", "office", "+01:00", "x");
    private static final List<PresenceAttribute> GRANTABLE = Arrays.stream(PresenceAttribute.values())
            .filter(a -> a.isPersonAttribute() && a != PresenceAttribute.USER_INPUT).toList();
    private static final List<UnknownAttribute> UNKNOWN = List.of(new UnknownAttribute("urn:vendor:foo", "foo"),
            new UnknownAttribute("urn:vendor:bar", "bar"));

    private final long seed;
    private List<RuleContent> rulePool;
    private List<PresenceDocument> documentPool;
    private List<RuleContent> blockPool;
    private List<RuleContent> outsiderPool;

    /** Pools are built lazily, on first use, from {@code seed}. */
    public Generators(long seed) {
        this.seed = seed;
    }

    /** One case: up to eight pooled rules, a pooled document, 0-5 watchers of P, an allow-list, a mode, an instant. */
    public Scenario scenario(SplittableRandom random) {
        if (rulePool == null) {
            rulePool = pool("rules", 4000, r -> rule(r, ALL_DOMAINS, Generators::handling, Generators::transformations));
            documentPool = pool("documents", 1000, Generators::document);
        }
        RuleSet rules = withIds("r", listOf(random, 0, 8, r -> pick(r, rulePool)));
        return new Scenario(rules, pick(random, documentPool), audience(random), permission(random), instant(random));
    }

    /** 1-4 pooled rules that block and provide nothing, about anyone (P's watchers included). */
    public List<Rule> blockRules(SplittableRandom random) {
        if (blockPool == null) {
            blockPool = pool("block rules", 1000, r -> rule(r, ALL_DOMAINS, x -> Optional.of(SubHandling.BLOCK),
                    x -> Transformations.NONE));
        }
        return withIds("b", listOf(random, 1, 4, r -> pick(r, blockPool))).rules();
    }

    /** 1-4 pooled rules of any kind whose identity condition names only identities and domains outside P. */
    public List<Rule> rulesAboutOutsiders(SplittableRandom random) {
        if (outsiderPool == null) {
            outsiderPool = pool("outsider rules", 1000, r -> new RuleContent(
                    new Conditions(Optional.of(identity(r, OUTSIDE_DOMAINS, false)), spheres(r), validity(r)),
                    handling(r), transformations(r)));
        }
        return withIds("x", listOf(random, 1, 4, r -> pick(r, outsiderPool))).rules();
    }

    /** Up to eight rules generated afresh (not pooled). */
    public static RuleSet ruleSet(SplittableRandom random, String idPrefix) {
        return withIds(idPrefix, listOf(random, 0, 8,
                r -> rule(r, ALL_DOMAINS, Generators::handling, Generators::transformations)));
    }

    private <T> List<T> pool(String purpose, int size, Function<SplittableRandom, T> generator) {
        SplittableRandom random = PropertyCheck.random(seed, "pool of " + purpose);
        return Stream.generate(() -> generator.apply(random)).limit(size).toList();
    }

    public static List<String> identitiesIn(List<String> domains) {
        return domains.stream().flatMap(d -> USERS.stream().map(u -> "sip:" + u + "@" + d)).toList();
    }

    /** Each attribute present with probability 1/2, with a value of its kind. */
    public static PresenceDocument document(SplittableRandom random) {
        PresenceDocument document = PresenceDocument.of("sip:pat@home.example");
        for (PresenceAttribute attribute : PresenceAttribute.values()) {
            if (random.nextBoolean()) {
                document = document.with(attribute, switch (attribute) {
                    case BASIC_STATUS -> pick(random, List.of("open", "closed"));
                    case SPHERE -> pick(random, List.of("work", "home", "party"));
                    default -> pick(random, TEXTS);
                });
            }
        }
        return document;
    }

    /** P with its two domains and 0-5 of its eight users subscribed. */
    public static PeerAudience audience(SplittableRandom random) {
        return new PeerAudience(Set.copyOf(PEER_DOMAINS), subset(random, PEER_IDENTITIES, 0, 5));
    }

    /** Any allow-list, any mode. */
    public static PrivacyPermission permission(SplittableRandom random) {
        Set<PresenceAttribute> allowed = subset(random, List.of(PresenceAttribute.values()), 0,
                PresenceAttribute.values().length);
        return new PrivacyPermission("home.example", "P", allowed, pick(random, List.of(SharingMode.values())));
    }

    /** Half the time a whole hour around {@link #T0} (where boundaries are), else a minute within five hours. */
    public static Instant instant(SplittableRandom random) {
        return random.nextBoolean()
                ? T0.plus(Duration.ofHours(random.nextInt(-4, 5)))
                : T0.plus(Duration.ofMinutes(random.nextInt(-300, 301)));
    }

    private record RuleContent(Conditions conditions, Optional<SubHandling> handling, Transformations transformations) {
    }

    private static RuleSet withIds(String prefix, List<RuleContent> contents) {
        return new RuleSet(IntStream.range(0, contents.size()).mapToObj(i -> new Rule(prefix + (i + 1),
                contents.get(i).conditions(), contents.get(i).handling(), contents.get(i).transformations())).toList());
    }

    private static RuleContent rule(SplittableRandom random, List<String> domains,
            Function<SplittableRandom, Optional<SubHandling>> handlings,
            Function<SplittableRandom, Transformations> transformations) {
        Optional<IdentityCondition> identity = random.nextDouble() < 0.85
                ? Optional.of(identity(random, domains, true)) : Optional.empty();
        Conditions conditions = new Conditions(identity, spheres(random), validity(random));
        return new RuleContent(conditions, handlings.apply(random), transformations.apply(random));
    }

    /**
     * 0-3 single identities and 0-2 many-identities elements. With {@code anyoneToo}, a many element names a domain
     * with probability 3/4 (else it means anyone, minus at most one excepted domain) and the condition may be
     * empty; without, every many element names a domain and the condition is never empty.
     */
    private static IdentityCondition identity(SplittableRandom random, List<String> domains, boolean anyoneToo) {
        List<String> ids = identitiesIn(domains).stream().map(Generators::randomCase).toList();
        while (true) {
            Set<String> ones = subset(random, ids, 0, 3);
            List<ManyIdentities> many = listOf(random, 0, 2, r -> {
                Optional<String> domain = !anyoneToo || r.nextDouble() < 0.75
                        ? Optional.of(pick(r, domains)) : Optional.empty();
                Set<String> exceptIds = subset(r, ids, 0, 2);
                Set<String> exceptDomains = anyoneToo ? subset(r, domains, 0, 1) : Set.of();
                return new ManyIdentities(domain, exceptIds, domain.isPresent() ? Set.of() : exceptDomains);
            });
            if (!ones.isEmpty() || !many.isEmpty() || anyoneToo) {
                return new IdentityCondition(ones, many);
            }
        }
    }

    private static String randomCase(String id) {
        // Domains are case-insensitive; a rule written with capitals must still match.
        return id.hashCode() % 5 == 0 ? id.replace(".example", ".EXAMPLE") : id;
    }

    /** No sphere condition four times in five, else one or both spheres. */
    private static Set<String> spheres(SplittableRandom random) {
        return random.nextInt(5) < 4 ? Set.of() : subset(random, SPHERES, 1, SPHERES.size());
    }

    /** Optional(0.4): 1-2 intervals starting -3..+2 hours from T0 and lasting 1-4 hours. */
    private static Optional<Validity> validity(SplittableRandom random) {
        if (random.nextDouble() >= 0.4) {
            return Optional.empty();
        }
        return Optional.of(new Validity(listOf(random, 1, 2, r -> {
            int from = r.nextInt(-3, 3);
            int length = r.nextInt(1, 5);
            return new ValidityInterval(T0.plus(Duration.ofHours(from)), T0.plus(Duration.ofHours(from + length)));
        })));
    }

    /** Allow is drawn most often (4:2:1:1:1), so that many watchers are sent something and the views differ. */
    private static Optional<SubHandling> handling(SplittableRandom random) {
        int draw = random.nextInt(9);
        if (draw < 4) {
            return Optional.of(SubHandling.ALLOW);
        } else if (draw < 6) {
            return Optional.of(SubHandling.BLOCK);
        } else if (draw < 7) {
            return Optional.of(SubHandling.CONFIRM);
        } else if (draw < 8) {
            return Optional.of(SubHandling.POLITE_BLOCK);
        }
        return Optional.empty();
    }

    /** Each selection none, all (twice as likely) or one selector; any grantable attributes; all-attributes 1 in 10. */
    public static Transformations transformations(SplittableRandom random) {
        ComponentSelection services = selection(random, "service-uri-scheme", "sip");
        ComponentSelection persons = selection(random, "class", "friends");
        ComponentSelection devices = selection(random, "deviceID", "urn:device:1");
        Set<PresenceAttribute> attributes = subset(random, GRANTABLE, 0, GRANTABLE.size());
        UserInputLevel userInput = pick(random, List.of(UserInputLevel.values()));
        Set<UnknownAttribute> unknown = subset(random, UNKNOWN, 0, 1);
        boolean all = random.nextInt(10) == 0;
        return new Transformations(services, persons, devices, attributes, userInput, unknown, all);
    }

    private static ComponentSelection selection(SplittableRandom random, String selectorElement, String value) {
        return switch (random.nextInt(4)) {
            case 0 -> ComponentSelection.NONE;
            case 1, 2 -> ComponentSelection.ALL;
            default -> ComponentSelection.of(new Selector(selectorElement, value));
        };
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static <T> List<T> listOf(SplittableRandom random, int min, int max, Function<SplittableRandom, T> item) {
        int size = random.nextInt(min, max + 1);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(item.apply(random));
        }
        return list;
    }

    /** A uniformly sized subset of {@code items} (size between the bounds), its members in random order. */
    private static <T> Set<T> subset(SplittableRandom random, List<T> items, int min, int max) {
        int size = random.nextInt(min, Math.min(max, items.size()) + 1);
        List<T> shuffled = new ArrayList<>(items);
        Set<T> chosen = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(shuffled.size() - i);
            T swap = shuffled.get(j);
            shuffled.set(j, shuffled.get(i));
            shuffled.set(i, swap);
            chosen.add(swap);
        }
        return chosen;
    }

    // ---- readable renderings, for failure messages ----

    /** A case on several lines: rules one per line, the document, the peer, the permission and the instant. */
    public static String render(Scenario scenario) {
        StringBuilder out = new StringBuilder();
        out.append("  rules (").append(scenario.rules().rules().size()).append("):\n");
        scenario.rules().rules().forEach(rule -> out.append("    ").append(render(rule)).append('\n'));
        out.append("  document: ").append(scenario.document().presentity()).append(' ')
                .append(scenario.document().attributes()).append('\n');
        out.append("  peer: domains ").append(scenario.audience().domains()).append(", subscribed watchers ")
                .append(scenario.audience().watchers()).append('\n');
        out.append("  permission: mode ").append(scenario.permission().mode()).append(", allow-list ")
                .append(scenario.permission().allowedAttributes()).append('\n');
        out.append("  at: ").append(render(scenario.at()));
        return out.toString();
    }

    public static String render(List<Rule> rules) {
        return rules.stream().map(rule -> "    " + render(rule)).collect(Collectors.joining("\n"));
    }

    public static String render(Rule rule) {
        StringBuilder out = new StringBuilder(rule.id()).append(": ")
                .append(rule.subHandling().map(Enum::name).orElse("(no sub-handling)"));
        Conditions conditions = rule.conditions();
        conditions.identity().ifPresent(identity -> out.append(" | identity ").append(render(identity)));
        if (!conditions.spheres().isEmpty()) {
            out.append(" | sphere ").append(conditions.spheres());
        }
        conditions.validity().ifPresent(validity -> out.append(" | valid ").append(validity.intervals().stream()
                .map(i -> "[" + render(i.from()) + ", " + render(i.until()) + ")")
                .collect(Collectors.joining(" or "))));
        return out.append(" | provides ").append(render(rule.transformations())).toString();
    }

    private static String render(IdentityCondition identity) {
        List<String> parts = new ArrayList<>(identity.ones());
        for (ManyIdentities many : identity.many()) {
            String part = "many(" + many.domain().orElse("any domain");
            if (!many.exceptIds().isEmpty()) {
                part += " except " + many.exceptIds();
            }
            if (!many.exceptDomains().isEmpty()) {
                part += " except domains " + many.exceptDomains();
            }
            parts.add(part + ")");
        }
        return parts.isEmpty() ? "{} (matches nobody)" : String.join(", ", parts);
    }

    public static String render(Transformations t) {
        if (t.isNone()) {
            return "nothing";
        }
        return "services=" + render(t.services()) + " persons=" + render(t.persons()) + " devices="
                + render(t.devices()) + " attributes=" + t.attributes() + " user-input=" + t.userInput()
                + (t.unknownAttributes().isEmpty() ? "" : " unknown=" + t.unknownAttributes())
                + (t.allAttributes() ? " all-attributes" : "") + " => " + t.provided();
    }

    private static String render(ComponentSelection selection) {
        return selection.all() ? "all" : selection.selectors().isEmpty() ? "none"
                : selection.selectors().stream().map(s -> s.element() + "=" + s.value())
                        .collect(Collectors.joining(",", "{", "}"));
    }

    /** An instant relative to {@link #T0}, e.g. {@code T0+1h20m}, with the absolute time in parentheses. */
    public static String render(Instant at) {
        long minutes = Duration.between(T0, at).toMinutes();
        long abs = Math.abs(minutes);
        String relative = abs == 0 ? "T0" : "T0" + (minutes < 0 ? "-" : "+")
                + (abs >= 60 ? abs / 60 + "h" : "") + (abs % 60 != 0 ? abs % 60 + "m" : "");
        return relative + " (" + at + ")";
    }
}
