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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Random rule sets, documents and peers over a small world, so that rules, watchers and domains collide often: peer
 * network P owns two domains, two other domains belong to outsiders, four users live in each domain, and every
 * validity boundary falls on a whole hour within three hours of {@link #T0}.
 * <p>
 * The property tests run some 100,000 tries, and building a fresh rule set of up to eight rules costs more than
 * checking it. So {@link #scenarios()} and the extra-rule arbitraries draw rules and documents from pools generated
 * once per property, with the arbitraries below and a fixed seed: each try is a random combination (of up to eight
 * rules out of thousands, a document, watchers, an allow-list, a mode and an instant), and any failure still shrinks
 * to fewer rules. {@link #ruleSets} generates rules afresh, for tests that can afford it.
 */
public final class PrivacyArbitraries {

    public static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    public static final List<String> PEER_DOMAINS = List.of("p1.example", "p2.example");
    public static final List<String> OUTSIDE_DOMAINS = List.of("o1.example", "o2.example");
    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave");
    private static final List<String> SPHERES = List.of("work", "home");
    private static final long POOL_SEED = 5344L;

    private PrivacyArbitraries() {
    }

    /** Must be called where jqwik can generate, e.g. in a {@code @Provide} method. */
    public static Arbitrary<Scenario> scenarios() {
        Arbitrary<RuleSet> rules = Arbitraries.of(pool(rules(allDomains(), handlings(), transformations()), 4000))
                .list().ofMaxSize(8).map(contents -> withIds("r", contents));
        Arbitrary<PresenceDocument> documents = Arbitraries.of(pool(documents(), 1000));
        return Combinators.combine(rules, documents, audiences(), permissions(), instants()).as(Scenario::new);
    }

    /** Pooled rules that block and provide nothing, about anyone (P's watchers included). */
    public static Arbitrary<List<Rule>> blockRules() {
        return Arbitraries.of(pool(rules(allDomains(), Arbitraries.just(Optional.of(SubHandling.BLOCK)),
                        Arbitraries.just(Transformations.NONE)), 1000))
                .list().ofMinSize(1).ofMaxSize(4).map(contents -> withIds("b", contents).rules());
    }

    /** Pooled rules of any kind whose identity condition names only identities and domains outside P. */
    public static Arbitrary<List<Rule>> rulesAboutOutsiders() {
        Arbitrary<Conditions> outside = Combinators.combine(identities(OUTSIDE_DOMAINS, false), spheres(), validities())
                .as((identity, spheres, validity) -> new Conditions(Optional.of(identity), spheres, validity));
        return Arbitraries.of(pool(Combinators.combine(outside, handlings(), transformations()).as(RuleContent::new),
                        1000))
                .list().ofMinSize(1).ofMaxSize(4).map(contents -> withIds("x", contents).rules());
    }

    public static Arbitrary<RuleSet> ruleSets(String idPrefix) {
        return rules(allDomains(), handlings(), transformations()).list().ofMaxSize(8)
                .map(contents -> withIds(idPrefix, contents));
    }

    private static <T> List<T> pool(Arbitrary<T> arbitrary, int size) {
        RandomGenerator<T> generator = arbitrary.generator(1000);
        Random random = new Random(POOL_SEED);
        return Stream.generate(() -> generator.next(random).value()).limit(size).toList();
    }

    public static List<String> identitiesIn(List<String> domains) {
        return domains.stream().flatMap(d -> USERS.stream().map(u -> "sip:" + u + "@" + d)).toList();
    }

    /** Each attribute present or not, with a value of its kind; combined without flatMap, which is slow. */
    public static Arbitrary<PresenceDocument> documents() {
        Arbitrary<String> text = Arbitraries.of("in a meeting", "on-the-phone", "office", "+01:00", "x");
        List<Arbitrary<Optional<Tuple2<PresenceAttribute, String>>>> perAttribute = Arrays.stream(
                PresenceAttribute.values()).map(attribute -> (switch (attribute) {
                    case BASIC_STATUS -> Arbitraries.of("open", "closed");
                    case SPHERE -> Arbitraries.of("work", "home", "party");
                    default -> text;
                }).map(value -> Tuple.of(attribute, value)).optional(0.5)).toList();
        return Combinators.combine(perAttribute).as(chosen -> {
            PresenceDocument document = PresenceDocument.of("sip:pat@home.example");
            for (Optional<Tuple2<PresenceAttribute, String>> pair : chosen) {
                if (pair.isPresent()) {
                    document = document.with(pair.get().get1(), pair.get().get2());
                }
            }
            return document;
        });
    }

    public static Arbitrary<PeerAudience> audiences() {
        return Arbitraries.subsetOf(identitiesIn(PEER_DOMAINS)).ofMaxSize(5)
                .map(watchers -> new PeerAudience(Set.copyOf(PEER_DOMAINS), watchers));
    }

    public static Arbitrary<PrivacyPermission> permissions() {
        return Combinators.combine(Arbitraries.subsetOf(PresenceAttribute.values()), Arbitraries.of(SharingMode.class))
                .as((allowed, mode) -> new PrivacyPermission("home.example", "P", allowed, mode));
    }

    /** Whole hours around {@link #T0} (where boundaries are) and random minutes in between. */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-4, 4).map(h -> T0.plus(Duration.ofHours(h))),
                Arbitraries.integers().between(-300, 300).map(m -> T0.plus(Duration.ofMinutes(m))));
    }

    private static List<String> allDomains() {
        return Stream.concat(PEER_DOMAINS.stream(), OUTSIDE_DOMAINS.stream()).toList();
    }

    private record RuleContent(Conditions conditions, Optional<SubHandling> handling, Transformations transformations) {
    }

    private static RuleSet withIds(String prefix, List<RuleContent> contents) {
        return new RuleSet(IntStream.range(0, contents.size()).mapToObj(i -> new Rule(prefix + (i + 1),
                contents.get(i).conditions(), contents.get(i).handling(), contents.get(i).transformations())).toList());
    }

    private static Arbitrary<RuleContent> rules(List<String> domains, Arbitrary<Optional<SubHandling>> handlings,
            Arbitrary<Transformations> transformations) {
        Arbitrary<Conditions> conditions = Combinators.combine(
                identities(domains, true).optional(0.85), spheres(), validities()).as(Conditions::new);
        return Combinators.combine(conditions, handlings, transformations).as(RuleContent::new);
    }

    private static Arbitrary<IdentityCondition> identities(List<String> domains, boolean anyoneToo) {
        Arbitrary<String> ids = Arbitraries.of(identitiesIn(domains)).map(PrivacyArbitraries::randomCase);
        Arbitrary<ManyIdentities> many = Combinators.combine(
                        anyoneToo ? Arbitraries.of(domains).optional(0.75) : Arbitraries.of(domains).optional(1.0),
                        ids.set().ofMaxSize(2),
                        anyoneToo ? Arbitraries.of(domains).set().ofMaxSize(1) : Arbitraries.just(Set.<String>of()))
                .as((domain, exceptIds, exceptDomains) -> new ManyIdentities(domain, exceptIds,
                        domain.isPresent() ? Set.of() : exceptDomains));
        return Combinators.combine(ids.set().ofMaxSize(3), many.list().ofMaxSize(2))
                .as(IdentityCondition::new)
                .filter(identity -> !identity.ones().isEmpty() || !identity.many().isEmpty() || anyoneToo);
    }

    private static String randomCase(String id) {
        // Domains are case-insensitive; a rule written with capitals must still match.
        return id.hashCode() % 5 == 0 ? id.replace(".example", ".EXAMPLE") : id;
    }

    private static Arbitrary<Set<String>> spheres() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Set.<String>of())),
                Tuple.of(1, Arbitraries.subsetOf(SPHERES).ofMinSize(1)));
    }

    private static Arbitrary<Optional<Validity>> validities() {
        Arbitrary<ValidityInterval> interval = Combinators.combine(
                        Arbitraries.integers().between(-3, 2), Arbitraries.integers().between(1, 4))
                .as((from, length) -> new ValidityInterval(T0.plus(Duration.ofHours(from)),
                        T0.plus(Duration.ofHours(from + length))));
        return interval.list().ofMinSize(1).ofMaxSize(2).map(Validity::new).optional(0.4);
    }

    /** Allow is drawn most often, so that many watchers are sent something and the views differ. */
    private static Arbitrary<Optional<SubHandling>> handlings() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Optional.of(SubHandling.ALLOW))),
                Tuple.of(2, Arbitraries.just(Optional.of(SubHandling.BLOCK))),
                Tuple.of(1, Arbitraries.just(Optional.of(SubHandling.CONFIRM))),
                Tuple.of(1, Arbitraries.just(Optional.of(SubHandling.POLITE_BLOCK))),
                Tuple.of(1, Arbitraries.just(Optional.<SubHandling>empty())));
    }

    public static Arbitrary<Transformations> transformations() {
        Arbitrary<Set<PresenceAttribute>> attributes = Arbitraries.subsetOf(Arrays.stream(PresenceAttribute.values())
                .filter(a -> a.isPersonAttribute() && a != PresenceAttribute.USER_INPUT).toList());
        Arbitrary<Set<UnknownAttribute>> unknown = Arbitraries.of(new UnknownAttribute("urn:vendor:foo", "foo"),
                new UnknownAttribute("urn:vendor:bar", "bar")).set().ofMaxSize(1);
        return Combinators.combine(selection("service-uri-scheme", "sip"), selection("class", "friends"),
                        selection("deviceID", "urn:device:1"), attributes, Arbitraries.of(UserInputLevel.class),
                        unknown, Arbitraries.of(true, false, false, false, false, false, false, false, false, false))
                .as(Transformations::new);
    }

    private static Arbitrary<ComponentSelection> selection(String selectorElement, String value) {
        return Arbitraries.of(ComponentSelection.NONE, ComponentSelection.ALL, ComponentSelection.ALL,
                ComponentSelection.of(new Selector(selectorElement, value)));
    }
}
