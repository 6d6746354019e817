package io.peeringconsole.privacy.preview;

import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.LOCATION;
import static io.peeringconsole.privacy.PresenceAttribute.MOOD;
import static io.peeringconsole.privacy.PresenceAttribute.NOTE;
import static io.peeringconsole.privacy.RuleBuilder.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.PrivacyPermission;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.rules.RuleSet;
import io.peeringconsole.privacy.rules.SubHandling;
import io.peeringconsole.privacy.xml.PresRulesXml;
import io.peeringconsole.rules.RuleViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The preview shows, per mode, exactly what leaves for the peer, and never a trace of a block. */
class PrivacyPreviewTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String BOB = "sip:bob@example.net";
    private static final String DAVE = "sip:dave@example.net";
    private static final String EVE = "sip:eve@example.net";

    private static final RuleSet RULES = RuleSet.of(
            rule("friends").one(BOB, DAVE).allow().providing(BASIC_STATUS, NOTE, MOOD).build(),
            rule("no-eve").one(EVE).block().build(),
            rule("elsewhere").one("sip:carol@example.org").allow().providing(BASIC_STATUS, LOCATION).build());

    private static final PresenceDocument ALICE = new PresenceDocument("sip:alice@example.com", Map.of(
            BASIC_STATUS, "open", NOTE, "In a meeting", MOOD, "happy", LOCATION, "Paris"));

    private static PreviewResult preview(SharingMode mode, String watcher) {
        PrivacyPermission permission = new PrivacyPermission("example.com", "7", Set.of(BASIC_STATUS, NOTE), mode);
        return new PrivacyPreview(permission, List.of("Example.NET")).of(RULES, ALICE, Optional.ofNullable(watcher),
                NOW);
    }

    private static final PresenceDocument SEEN = ALICE.restrictedTo(Set.of(BASIC_STATUS, NOTE));

    @Test
    void perWatcherSendsOneFilteredCopyToEachGrantedWatcherAndNothingForTheBlockedOne() {
        PreviewResult result = preview(SharingMode.PER_WATCHER, EVE);
        assertEquals(List.of(BOB, DAVE, EVE), result.watchers(), "the peer's watchers the rules name");
        assertEquals(List.of(new PreviewResult.SentDocument(List.of(BOB), SEEN),
                new PreviewResult.SentDocument(List.of(DAVE), SEEN)), result.sent());
        PreviewResult.WatcherOutcome eve = result.watcher().orElseThrow();
        assertEquals(SubHandling.BLOCK, eve.homeDecision());
        assertEquals(Optional.empty(), eve.sees());
        assertTrue(result.delegatedRules().isEmpty());
    }

    @Test
    void viewSharingSendsEachDistinctViewOnceWithItsWatchers() {
        PreviewResult result = preview(SharingMode.VIEW_SHARING, BOB);
        assertEquals(List.of(new PreviewResult.SentDocument(List.of(BOB, DAVE), SEEN)), result.sent());
        assertEquals(Optional.of(SEEN), result.watcher().orElseThrow().sees());
    }

    @Test
    void policyDelegationSendsOneCopyAndRulesThatNameNeitherTheBlockedNorOutsiders() {
        PreviewResult result = preview(SharingMode.POLICY_DELEGATION, DAVE);
        assertEquals(List.of(new PreviewResult.SentDocument(List.of(), SEEN)), result.sent());
        String rules = result.delegatedRules().orElseThrow();
        assertTrue(rules.contains(BOB) && rules.contains(DAVE), rules);
        assertFalse(rules.contains("eve") || rules.contains("carol") || rules.contains("block"), rules);
        assertEquals(Optional.of(SEEN), result.watcher().orElseThrow().sees(), "the peer computes the home view");
        assertEquals(RuleSet.class, PresRulesXml.read(rules).getClass(), "the delegated rules read back");
    }

    @Test
    void defaultDenyLetsNothingButThePresentityLeave() {
        PrivacyPermission denyAll = PrivacyPermission.denyAll("example.com", "7");
        PreviewResult result = new PrivacyPreview(denyAll, List.of("example.net")).of(RULES, ALICE,
                Optional.of(BOB), NOW);
        assertEquals(Optional.of(PresenceDocument.of("sip:alice@example.com")), result.watcher().orElseThrow().sees());
        result.sent().forEach(sent -> assertTrue(sent.document().attributes().isEmpty(), sent::toString));
    }

    @Test
    void aWatcherOutsideThePeerAndAPresentityOutsideTheLocalDomainAreRefused() {
        RuleViolationException watcher = assertThrows(RuleViolationException.class,
                () -> preview(SharingMode.PER_WATCHER, "sip:carol@example.org"));
        assertEquals("watcher", watcher.field());
        assertTrue(watcher.getMessage().contains("[example.net]"), watcher.getMessage());
        PrivacyPermission permission = PrivacyPermission.denyAll("example.com", "7");
        RuleViolationException presentity = assertThrows(RuleViolationException.class,
                () -> new PrivacyPreview(permission, List.of("example.net")).of(RULES,
                        PresenceDocument.of("sip:mallory@example.org"), Optional.empty(), NOW));
        assertEquals("presence", presentity.field());
        assertTrue(presentity.getMessage().contains("not a user of example.com"), presentity.getMessage());
    }
}
