package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.BasicStatus;
import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.PrivacyPermission;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.rules.ManyIdentities;
import io.peeringconsole.privacy.rules.Rule;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.rules.SubHandling;
import io.peeringconsole.privacy.rules.Validity;
import io.peeringconsole.privacy.xml.PresRulesXml;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.LOCATION;
import static io.peeringconsole.privacy.PresenceAttribute.MOOD;
import static io.peeringconsole.privacy.PresenceAttribute.NOTE;
import static io.peeringconsole.privacy.RuleBuilder.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What leaves for peer network P in each mode, on small cases a person can check by hand. */
class PeerExportTest {

    private static final String ALICE = "sip:alice@p1.example";
    private static final String BOB = "sip:bob@p1.example";
    private static final String CAROL = "sip:carol@p1.example";
    private static final String DAVE = "sip:dave@p2.example";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final PeerAudience P = new PeerAudience(Set.of("p1.example", "p2.example"),
            Set.of(ALICE, BOB, CAROL, DAVE));
    private static final PresenceDocument PAT = PresenceDocument.of("sip:pat@home.example")
            .with(BasicStatus.OPEN).with(NOTE, "at lunch").with(MOOD, "happy").with(LOCATION, "Lisbon");
    private static final PrivacyPermission PERMISSION = PrivacyPermission.denyAll("home.example", "P")
            .allowing(Set.of(BASIC_STATUS, NOTE, MOOD));

    private static final Rule FRIENDS = rule("friends").one(ALICE, CAROL).allow().providing(BASIC_STATUS, NOTE)
            .build();
    private static final Rule BLOCK_BOB = rule("block-bob").one(BOB).block().build();
    private static final Rule POLITELY_DAVE = rule("dave").one(DAVE).handling(SubHandling.POLITE_BLOCK).build();

    @Test
    void perWatcherSendsOneDocumentToEachWatcherWhoIsSentSomething() {
        PerWatcherExport export = (PerWatcherExport) export(SharingMode.PER_WATCHER, FRIENDS, BLOCK_BOB);
        PresenceDocument statusAndNote = PAT.restrictedTo(Set.of(BASIC_STATUS, NOTE));
        assertEquals(List.of(new WatcherDocument(ALICE, statusAndNote), new WatcherDocument(CAROL, statusAndNote)),
                export.documentsByWatcher());
        assertEquals(export, export(SharingMode.PER_WATCHER, FRIENDS), "bob blocked looks like bob without rule");
    }

    @Test
    void viewSharingSendsEachDistinctViewOnceWithItsWatchers() {
        ViewSharingExport export = (ViewSharingExport) export(SharingMode.VIEW_SHARING, FRIENDS, BLOCK_BOB,
                POLITELY_DAVE);
        assertEquals(List.of(new SharedView(PAT.restrictedTo(Set.of(BASIC_STATUS, NOTE)), List.of(ALICE, CAROL)),
                new SharedView(PAT.neutral(), List.of(DAVE))), export.views());
        assertEquals(export, export(SharingMode.VIEW_SHARING, FRIENDS, POLITELY_DAVE));
    }

    @Test
    void delegationExportsABlockByExceptionExactlyLikeGrantsToTheOthers() {
        Rule allButBob = rule("all-but-bob").many(ManyIdentities.inDomain("p1.example").except(BOB)).allow()
                .providing(BASIC_STATUS, NOTE).build();
        PeerExport byException = export(SharingMode.POLICY_DELEGATION, allButBob);
        assertEquals(export(SharingMode.POLICY_DELEGATION, FRIENDS), byException);
        String sent = PresRulesXml.write(((DelegatedExport) byException).rules());
        assertFalse(sent.contains("bob"), sent);
        assertFalse(sent.contains("except"), sent);
    }

    @Test
    void delegationKeepsDomainRulesThatExcludeNobodySoLaterWatchersAreServedToo() {
        Rule colleagues = rule("colleagues").domain("p1.example").allow().providing(BASIC_STATUS).build();
        Rule outsiders = rule("o").domain("o1.example").allow().providing(NOTE).build();
        DelegatedExport export = (DelegatedExport) export(SharingMode.POLICY_DELEGATION, colleagues, outsiders,
                FRIENDS);
        assertEquals(List.of("d1", "g1", "g2", "g3"), export.rules().rules().stream().map(Rule::id).toList());
        assertEquals(Optional.of(IdentityConditionView.domain("p1.example")),
                IdentityConditionView.of(export.rules().rules().getFirst()));
        String erin = "sip:erin@p1.example";
        assertEquals(HomeEvaluator.view(RuleSet.of(colleagues, outsiders, FRIENDS), PAT, erin, PERMISSION, NOW)
                .document(), PeerEvaluator.view(export, erin, NOW));
        assertEquals(Optional.of(PAT.restrictedTo(Set.of(BASIC_STATUS))), PeerEvaluator.view(export, erin, NOW));
    }

    @Test
    void delegationSendsOnlyAllowRulesUnderNeutralIds() {
        Rule pending = rule("ask-me").domain("p2.example").handling(SubHandling.CONFIRM).build();
        DelegatedExport export = (DelegatedExport) export(SharingMode.POLICY_DELEGATION, FRIENDS, BLOCK_BOB,
                POLITELY_DAVE, pending);
        assertTrue(export.rules().rules().stream().allMatch(Rule::isAllow));
        assertEquals(List.of("g1", "g2", "g3"), export.rules().rules().stream().map(Rule::id).toList());
        assertEquals(Optional.of(PAT.neutral()), PeerEvaluator.view(export, DAVE, NOW), "polite block, delegated");
        assertEquals(Optional.empty(), PeerEvaluator.view(export, BOB, NOW));
    }

    @Test
    void aGrantLastsUntilTheWatchersViewChangesAndThenThePeerShowsNoMore() {
        Instant inAnHour = NOW.plus(Duration.ofHours(1));
        Rule forAnHour = rule("hour").one(ALICE).allow().providing(BASIC_STATUS).during(NOW.minusSeconds(600),
                inAnHour).build();
        Rule sameButShorter = rule("half").one(ALICE).allow().providing(BASIC_STATUS)
                .during(NOW, NOW.plus(Duration.ofMinutes(30))).build();
        DelegatedExport export = (DelegatedExport) export(SharingMode.POLICY_DELEGATION, forAnHour, sameButShorter);
        assertEquals(Optional.of(inAnHour), export.refreshBy(), "the half-hour rule changes nothing alice sees");
        Rule grant = export.rules().rules().getFirst();
        assertEquals(Optional.of(Validity.between(NOW, inAnHour)), grant.conditions().validity());
        assertEquals(Optional.empty(), PeerEvaluator.view(export, ALICE, inAnHour));
    }

    @Test
    void theDelegatedCopyCarriesOnlyWhatSomeDelegatedRuleCanProvide() {
        DelegatedExport export = (DelegatedExport) export(SharingMode.POLICY_DELEGATION,
                rule("a").one(ALICE).allow().providing(BASIC_STATUS, LOCATION).build());
        assertEquals(Map.of(BASIC_STATUS, "open"), export.copy().attributes());
    }

    @Test
    void theDelegatedRulesTravelAsPresRules() {
        DelegatedExport export = (DelegatedExport) export(SharingMode.POLICY_DELEGATION, FRIENDS,
                rule("c").domain("p2.example").allow().providing(MOOD).during(NOW, NOW.plusSeconds(60)).build());
        assertEquals(export.rules(), PresRulesXml.read(PresRulesXml.write(export.rules())));
    }

    @Test
    void aPeerServesOnlyWatchersInItsOwnDomains() {
        assertThrows(IllegalArgumentException.class,
                () -> new PeerAudience(Set.of("p1.example"), Set.of("sip:mallory@o1.example")));
    }

    private static PeerExport export(SharingMode mode, Rule... rules) {
        return PeerExport.compute(P, PERMISSION.inMode(mode), RuleSet.of(rules), PAT, NOW);
    }

    /** The identity part of a delegated rule, flattened for comparison. */
    private record IdentityConditionView(Set<String> ones, Optional<String> domain) {

        static IdentityConditionView domain(String domain) {
            return new IdentityConditionView(Set.of(), Optional.of(domain));
        }

        static Optional<IdentityConditionView> of(Rule rule) {
            return rule.conditions().identity().map(identity -> new IdentityConditionView(identity.ones(),
                    identity.many().stream().findFirst().flatMap(ManyIdentities::domain)));
        }
    }
}
