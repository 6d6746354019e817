package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.PrivacyArbitraries;
import io.peeringconsole.privacy.Scenario;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.rules.IdentityCondition;
import io.peeringconsole.privacy.rules.ManyIdentities;
import io.peeringconsole.privacy.rules.Rule;
import io.peeringconsole.privacy.rules.SubHandling;
import io.peeringconsole.privacy.rules.Transformations;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three promises of C4 over random cases: equivalence, non-disclosure (the fiasco rule) and the ceiling. Each
 * try is one (rule set, presence document, peer with 0-5 subscribed watchers, allow-list, instant) case, checked in
 * every sharing mode and for every watcher. The counters only feed the report printed at the end.
 */
class PeerExportPropertyTest {

    private static final LongAdder CASES = new LongAdder();
    private static final LongAdder WATCHER_CHECKS = new LongAdder();
    private static long startedNanos;

    @BeforeContainer
    static void startClock() {
        startedNanos = System.nanoTime();
    }

    @AfterContainer
    static void report() {
        System.out.printf("Privacy properties: %,d generated cases, %,d per-watcher checks, %,d ms%n",
                CASES.sum(), WATCHER_CHECKS.sum(), Duration.ofNanos(System.nanoTime() - startedNanos).toMillis());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return PrivacyArbitraries.scenarios();
    }

    @Provide
    Arbitrary<List<Rule>> blockRules() {
        return PrivacyArbitraries.blockRules();
    }

    @Provide
    Arbitrary<List<Rule>> rulesAboutOutsiders() {
        return PrivacyArbitraries.rulesAboutOutsiders();
    }

    @Provide
    Arbitrary<Duration> shifts() {
        return Arbitraries.integers().between(-300, 600).map(Duration::ofMinutes);
    }

    @Property(tries = 30_000, edgeCases = EdgeCasesMode.NONE)
    void everySubscribedWatcherGetsTheHomeViewInEveryMode(@ForAll("scenarios") Scenario scenario,
            @ForAll("shifts") Duration shift) {
        CASES.increment();
        for (SharingMode mode : SharingMode.values()) {
            Scenario inMode = scenario.inMode(mode);
            PeerExport export = inMode.export();
            for (String watcher : inMode.audience().watchers()) {
                assertEquals(home(inMode, watcher, inMode.at()), PeerEvaluator.view(export, watcher, inMode.at()),
                        () -> mode + " for " + watcher + " in " + scenario);
                WATCHER_CHECKS.increment();
            }
        }
        delegatedPolicyStaysRightUntilRefreshAndNeverGivesMore(scenario.inMode(SharingMode.POLICY_DELEGATION),
                scenario.at().plus(shift));
    }

    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    void blockRulesChangeNothingThePeerReceives(@ForAll("scenarios") Scenario scenario,
            @ForAll("blockRules") List<Rule> blocks, @ForAll long seed) {
        CASES.increment();
        for (SharingMode mode : SharingMode.values()) {
            Scenario inMode = scenario.inMode(mode);
            assertEquals(inMode.export(), inMode.withRulesInterleaved(blocks, seed).export(),
                    () -> mode + ": adding " + blocks + " to " + scenario);
        }
    }

    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    void rulesAboutOutsidersChangeNothingThePeerReceives(@ForAll("scenarios") Scenario scenario,
            @ForAll("rulesAboutOutsiders") List<Rule> outsiders, @ForAll long seed) {
        CASES.increment();
        for (SharingMode mode : SharingMode.values()) {
            Scenario inMode = scenario.inMode(mode);
            assertEquals(inMode.export(), inMode.withRulesInterleaved(outsiders, seed).export(),
                    () -> mode + ": adding " + outsiders + " to " + scenario);
        }
    }

    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    void nothingOutsideTheAllowListLeaves(@ForAll("scenarios") Scenario scenario) {
        CASES.increment();
        for (SharingMode mode : SharingMode.values()) {
            Scenario inMode = scenario.inMode(mode);
            PeerExport export = inMode.export();
            var allowed = inMode.permission().allowedAttributes();
            for (PresenceDocument document : export.documents()) {
                assertTrue(allowed.containsAll(document.attributes().keySet()), () -> mode + " sent " + document);
            }
            if (export instanceof DelegatedExport delegated) {
                for (Rule rule : delegated.rules().rules()) {
                    Transformations sent = rule.transformations();
                    assertTrue(allowed.containsAll(sent.provided()), () -> "delegated " + rule);
                    assertEquals(Transformations.providing(sent.provided()), sent, "nothing but provided attributes");
                }
            }
        }
    }

    @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
    void delegatedRulesOnlyAllowAndNameOnlyWatchersWhoAreSentSomething(@ForAll("scenarios") Scenario scenario) {
        CASES.increment();
        Scenario delegation = scenario.inMode(SharingMode.POLICY_DELEGATION);
        DelegatedExport export = (DelegatedExport) delegation.export();
        for (Rule rule : export.rules().rules()) {
            assertEquals(Optional.of(SubHandling.ALLOW), rule.subHandling(), rule::toString);
            assertTrue(rule.conditions().spheres().isEmpty(), rule::toString);
            IdentityCondition identity = rule.conditions().identity().orElseThrow();
            assertEquals(1, identity.ones().size() + identity.many().size(), rule::toString);
            for (ManyIdentities many : identity.many()) {
                assertTrue(many.exceptIds().isEmpty() && many.exceptDomains().isEmpty(), rule::toString);
                assertTrue(delegation.audience().domains().contains(many.domain().orElseThrow()), rule::toString);
            }
            for (String named : identity.ones()) {
                assertTrue(delegation.audience().watchers().contains(named), rule::toString);
                assertTrue(home(delegation, named, delegation.at()).isPresent(), () -> named + " is sent nothing");
            }
        }
    }

    /** Until refreshBy the peer matches the home view; at any other instant it may show less, never more. */
    private static void delegatedPolicyStaysRightUntilRefreshAndNeverGivesMore(Scenario delegation, Instant later) {
        DelegatedExport export = (DelegatedExport) delegation.export();
        boolean fresh = !later.isBefore(delegation.at()) && export.refreshBy().map(later::isBefore).orElse(true);
        for (String watcher : delegation.audience().watchers()) {
            Optional<PresenceDocument> atHome = home(delegation, watcher, later);
            Optional<PresenceDocument> atPeer = PeerEvaluator.view(export, watcher, later);
            if (fresh) {
                assertEquals(atHome, atPeer, () -> "at " + later + " for " + watcher + " in " + delegation);
            } else {
                assertTrue(atPeer.isEmpty() || atHome.isPresent() && atHome.get().attributes().entrySet()
                        .containsAll(atPeer.get().attributes().entrySet()), () -> "peer shows more at " + later);
            }
            WATCHER_CHECKS.increment();
        }
    }

    private static Optional<PresenceDocument> home(Scenario scenario, String watcher, Instant at) {
        return HomeEvaluator.view(scenario.rules(), scenario.document(), watcher, scenario.permission(), at)
                .document();
    }
}
