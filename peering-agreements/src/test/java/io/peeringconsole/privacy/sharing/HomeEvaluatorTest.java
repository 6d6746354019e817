package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.BasicStatus;
import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.PrivacyPermission;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.rules.SubHandling;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.LOCATION;
import static io.peeringconsole.privacy.PresenceAttribute.NOTE;
import static io.peeringconsole.privacy.PresenceAttribute.SPHERE;
import static io.peeringconsole.privacy.RuleBuilder.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HomeEvaluatorTest {

    private static final String ALICE = "sip:alice@p1.example";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final PresenceDocument PAT = PresenceDocument.of("sip:pat@home.example")
            .with(BasicStatus.OPEN).with(NOTE, "at lunch").with(LOCATION, "Lisbon").with(SPHERE, "work");
    private static final PrivacyPermission STATUS_AND_NOTE = PrivacyPermission.denyAll("home.example", "P")
            .allowing(Set.of(BASIC_STATUS, NOTE));

    @Test
    void anAllowedWatcherSeesWhatIsProvidedWithinTheAllowList() {
        WatcherView view = view(RuleSet.of(rule("a").one(ALICE).allow().providing(NOTE, LOCATION).build()));
        assertEquals(SubHandling.ALLOW, view.handling());
        assertEquals(Set.of(NOTE), view.visible(), "location is provided by the rule but not allowed to leave");
        assertEquals(Optional.of(new PresenceDocument(PAT.presentity(), Map.of(NOTE, "at lunch"))), view.document());
    }

    @Test
    void aPolitelyBlockedWatcherGetsTheNeutralDocumentLikeOneAllowedToSeeNothing() {
        WatcherView polite = view(RuleSet.of(rule("a").one(ALICE).handling(SubHandling.POLITE_BLOCK)
                .providing(NOTE).build()));
        WatcherView allowedNothing = view(RuleSet.of(rule("a").one(ALICE).allow().build()));
        assertEquals(Optional.of(PresenceDocument.of(PAT.presentity())), polite.document());
        assertEquals(allowedNothing.document(), polite.document());
        assertEquals(allowedNothing.disclosure(), polite.disclosure());
    }

    @Test
    void blockedPendingAndUnknownWatchersGetNothing() {
        for (SubHandling handling : Set.of(SubHandling.BLOCK, SubHandling.CONFIRM)) {
            WatcherView view = view(RuleSet.of(rule("a").one(ALICE).handling(handling).providing(NOTE).build()));
            assertEquals(Optional.empty(), view.document(), handling::name);
        }
        assertEquals(Optional.empty(), view(RuleSet.of()).document());
        assertEquals(Optional.empty(), view(RuleSet.of()).disclosure());
    }

    @Test
    void aSphereRuleAppliesOnlyInThePublishedSphere() {
        RuleSet atWork = RuleSet.of(rule("a").one(ALICE).sphere("work").allow().providing(NOTE).build());
        assertEquals(Set.of(NOTE), view(atWork).visible());
        WatcherView atHome = HomeEvaluator.view(atWork, PAT.with(SPHERE, "home"), ALICE, STATUS_AND_NOTE, NOW);
        assertEquals(Optional.empty(), atHome.document());
    }

    @Test
    void nothingLeavesWhenTheAllowListIsEmptyButTheWatcherStillLearnsWhoItIsAbout() {
        PrivacyPermission denyAll = PrivacyPermission.denyAll("home.example", "P");
        WatcherView view = HomeEvaluator.view(RuleSet.of(rule("a").one(ALICE).allow()
                .providing(PresenceAttribute.values()).build()), PAT, ALICE, denyAll, NOW);
        assertEquals(Optional.of(PresenceDocument.of(PAT.presentity())), view.document());
    }

    private static WatcherView view(RuleSet rules) {
        return HomeEvaluator.view(rules, PAT, ALICE, STATUS_AND_NOTE, NOW);
    }
}
