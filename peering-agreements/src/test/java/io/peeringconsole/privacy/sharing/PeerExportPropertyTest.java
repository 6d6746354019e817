package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.Generators;
import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.Scenario;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.rules.IdentityCondition;
import io.peeringconsole.privacy.rules.ManyIdentities;
import io.peeringconsole.privacy.rules.Rule;
import io.peeringconsole.privacy.rules.SubHandling;
import io.peeringconsole.privacy.rules.Transformations;
import io.peeringconsole.testing.PropertyCheck;
import io.peeringconsole.testing.PropertyCheck.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three promises of C4 over random cases: equivalence, non-disclosure (the fiasco rule) and the ceiling. Each
 * case is one (rule set, presence document, peer with 0-5 subscribed watchers, allow-list, instant) scenario,
 * checked in every sharing mode and for every watcher. Cases come from {@link Generators}, one instance (with its
 * pools) per property; the class prints its case count, seed and time once at the end.
 */
class PeerExportPropertyTest {

    private static final Report REPORT = new Report("Privacy properties", "per-watcher checks");

    private final Generators generators = new Generators(REPORT.seed());

    private record Shifted(Scenario scenario, Duration shift) {
    }

    private record WithExtraRules(Scenario scenario, List<Rule> extra, long interleaveSeed) {
    }

    @AfterAll
    static void report() {
        REPORT.print();
    }

    @Test
    void everySubscribedWatcherGetsTheHomeViewInEveryMode() {
        PropertyCheck.forAll(REPORT, "equivalence", 30_000,
                random -> new Shifted(generators.scenario(random),
                        Duration.ofMinutes(random.nextInt(-300, 601))),
                shifted -> Generators.render(shifted.scenario()) + "\n  later: shifted by " + shifted.shift(),
                shifted -> {
                    Scenario scenario = shifted.scenario();
                    for (SharingMode mode : SharingMode.values()) {
                        Scenario inMode = scenario.inMode(mode);
                        PeerExport export = inMode.export();
                        for (String watcher : inMode.audience().watchers()) {
                            assertEquals(home(inMode, watcher, inMode.at()),
                                    PeerEvaluator.view(export, watcher, inMode.at()), () -> mode + " for " + watcher);
                            REPORT.check();
                        }
                    }
                    delegatedPolicyStaysRightUntilRefreshAndNeverGivesMore(
                            scenario.inMode(SharingMode.POLICY_DELEGATION), scenario.at().plus(shifted.shift()));
                });
    }

    @Test
    void blockRulesChangeNothingThePeerReceives() {
        PropertyCheck.forAll(REPORT, "non-disclosure of block rules", 20_000,
                random -> new WithExtraRules(generators.scenario(random), generators.blockRules(random),
                        random.nextLong()),
                PeerExportPropertyTest::render,
                PeerExportPropertyTest::extraRulesChangeNothing);
    }

    @Test
    void rulesAboutOutsidersChangeNothingThePeerReceives() {
        PropertyCheck.forAll(REPORT, "non-disclosure of rules about outsiders", 20_000,
                random -> new WithExtraRules(generators.scenario(random), generators.rulesAboutOutsiders(random),
                        random.nextLong()),
                PeerExportPropertyTest::render,
                PeerExportPropertyTest::extraRulesChangeNothing);
    }

    @Test
    void nothingOutsideTheAllowListLeaves() {
        PropertyCheck.forAll(REPORT, "ceiling", 20_000, generators::scenario, Generators::render, scenario -> {
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
                        assertTrue(allowed.containsAll(sent.provided()), () -> "delegated " + Generators.render(rule));
                        assertEquals(Transformations.providing(sent.provided()), sent,
                                () -> "nothing but provided attributes in delegated " + Generators.render(rule));
                    }
                }
            }
        });
    }

    @Test
    void delegatedRulesOnlyAllowAndNameOnlyWatchersWhoAreSentSomething() {
        PropertyCheck.forAll(REPORT, "shape of delegated rules", 10_000, generators::scenario, Generators::render,
                scenario -> {
                    Scenario delegation = scenario.inMode(SharingMode.POLICY_DELEGATION);
                    DelegatedExport export = (DelegatedExport) delegation.export();
                    for (Rule rule : export.rules().rules()) {
                        String delegated = "delegated " + Generators.render(rule);
                        assertEquals(Optional.of(SubHandling.ALLOW), rule.subHandling(), delegated);
                        assertTrue(rule.conditions().spheres().isEmpty(), delegated);
                        IdentityCondition identity = rule.conditions().identity().orElseThrow();
                        assertEquals(1, identity.ones().size() + identity.many().size(), delegated);
                        for (ManyIdentities many : identity.many()) {
                            assertTrue(many.exceptIds().isEmpty() && many.exceptDomains().isEmpty(), delegated);
                            assertTrue(delegation.audience().domains().contains(many.domain().orElseThrow()),
                                    delegated);
                        }
                        for (String named : identity.ones()) {
                            assertTrue(delegation.audience().watchers().contains(named), delegated);
                            assertTrue(home(delegation, named, delegation.at()).isPresent(),
                                    () -> named + " is sent nothing but named in " + delegated);
                        }
                    }
                });
    }

    /** Adding the extra rules, in any mode and at any positions, leaves the export unchanged. */
    private static void extraRulesChangeNothing(WithExtraRules c) {
        for (SharingMode mode : SharingMode.values()) {
            Scenario inMode = c.scenario().inMode(mode);
            assertEquals(inMode.export(), inMode.withRulesInterleaved(c.extra(), c.interleaveSeed()).export(),
                    () -> mode + ": adding the extra rules changed the export");
        }
    }

    private static String render(WithExtraRules c) {
        return Generators.render(c.scenario()) + "\n  extra rules, interleaved with seed " + c.interleaveSeed()
                + ":\n" + Generators.render(c.extra());
    }

    /** Until refreshBy the peer matches the home view; at any other instant it may show less, never more. */
    private static void delegatedPolicyStaysRightUntilRefreshAndNeverGivesMore(Scenario delegation, Instant later) {
        DelegatedExport export = (DelegatedExport) delegation.export();
        boolean fresh = !later.isBefore(delegation.at()) && export.refreshBy().map(later::isBefore).orElse(true);
        for (String watcher : delegation.audience().watchers()) {
            Optional<PresenceDocument> atHome = home(delegation, watcher, later);
            Optional<PresenceDocument> atPeer = PeerEvaluator.view(export, watcher, later);
            if (fresh) {
                assertEquals(atHome, atPeer,
                        () -> "delegated policy at " + Generators.render(later) + " for " + watcher);
            } else {
                assertTrue(atPeer.isEmpty() || atHome.isPresent() && atHome.get().attributes().entrySet()
                        .containsAll(atPeer.get().attributes().entrySet()),
                        () -> "peer shows more at " + Generators.render(later) + " for " + watcher + ": " + atPeer
                                + " vs home " + atHome);
            }
            REPORT.check();
        }
    }

    private static Optional<PresenceDocument> home(Scenario scenario, String watcher, Instant at) {
        return HomeEvaluator.view(scenario.rules(), scenario.document(), watcher, scenario.permission(), at)
                .document();
    }
}
