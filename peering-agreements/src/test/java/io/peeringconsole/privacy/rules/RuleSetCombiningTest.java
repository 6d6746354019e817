package io.peeringconsole.privacy.rules;

import io.peeringconsole.privacy.PresenceAttribute;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static io.peeringconsole.privacy.PresenceAttribute.ACTIVITIES;
import static io.peeringconsole.privacy.PresenceAttribute.BASIC_STATUS;
import static io.peeringconsole.privacy.PresenceAttribute.MOOD;
import static io.peeringconsole.privacy.PresenceAttribute.NOTE;
import static io.peeringconsole.privacy.RuleBuilder.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 4745 §10 combining: sub-handling by maximum, booleans by OR, ordered values by maximum, sets by union. */
class RuleSetCombiningTest {

    private static final String ALICE = "sip:alice@p1.example";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void withNoMatchingRuleTheWatcherIsBlockedAndGrantedNothing() {
        RuleSet rules = RuleSet.of(rule("bob").one("sip:bob@p1.example").allow().providing(NOTE).build());
        assertEquals(Permissions.NOTHING, permissions(rules));
        assertEquals(Permissions.NOTHING, permissions(RuleSet.of()));
    }

    @Test
    void subHandlingIsTheMaximumInTheOrderOfRfc5025() {
        assertEquals(SubHandling.CONFIRM, combined(SubHandling.BLOCK, SubHandling.CONFIRM));
        assertEquals(SubHandling.POLITE_BLOCK, combined(SubHandling.CONFIRM, SubHandling.POLITE_BLOCK));
        assertEquals(SubHandling.ALLOW, combined(SubHandling.BLOCK, SubHandling.ALLOW));
        assertEquals(SubHandling.ALLOW, combined(SubHandling.ALLOW, SubHandling.POLITE_BLOCK));
        assertEquals(30, SubHandling.ALLOW.value());
        assertEquals(20, SubHandling.POLITE_BLOCK.value());
        assertEquals(10, SubHandling.CONFIRM.value());
        assertEquals(0, SubHandling.BLOCK.value());
    }

    @Test
    void aBlockRuleCannotTakeBackWhatAnotherRuleAllows() {
        RuleSet rules = RuleSet.of(rule("friends").domain("p1.example").allow().providing(NOTE).build(),
                rule("not-alice").one(ALICE).block().build());
        assertEquals(new Permissions(SubHandling.ALLOW, Transformations.providing(Set.of(NOTE))), permissions(rules));
    }

    @Test
    void booleanGrantsOfDifferentRulesAddUp() {
        RuleSet rules = RuleSet.of(rule("a").one(ALICE).allow().providing(NOTE).build(),
                rule("b").domain("p1.example").allow().providing(MOOD, BASIC_STATUS).build());
        assertEquals(Set.of(NOTE, MOOD, BASIC_STATUS), permissions(rules).provided());
    }

    @Test
    void eachPermissionCombinesOnItsOwnSoPersonsFromOneRuleAndActivitiesFromAnotherGiveActivities() {
        Transformations persons = Transformations.NONE.withPersons(ComponentSelection.ALL);
        Transformations activities = Transformations.NONE.withAttributes(Set.of(ACTIVITIES));
        assertEquals(Set.of(), persons.provided());
        assertEquals(Set.of(), activities.provided(), "an attribute needs the person component");
        RuleSet rules = RuleSet.of(rule("a").one(ALICE).allow().transformations(persons).build(),
                rule("b").one(ALICE).transformations(activities).build());
        assertEquals(Set.of(ACTIVITIES), permissions(rules).provided());
    }

    @Test
    void aRuleWithoutSubHandlingStillContributesItsTransformations() {
        RuleSet rules = RuleSet.of(rule("a").one(ALICE).providing(NOTE).build());
        assertEquals(new Permissions(SubHandling.BLOCK, Transformations.providing(Set.of(NOTE))), permissions(rules));
    }

    @Test
    void userInputTakesTheHighestLevelAndSelectionsTheirUnion() {
        Selector sip = new Selector("service-uri-scheme", "sip");
        Selector xmpp = new Selector("service-uri-scheme", "xmpp");
        RuleSet rules = RuleSet.of(
                rule("a").one(ALICE).allow().transformations(Transformations.NONE.withUserInput(UserInputLevel.BARE)
                        .withServices(ComponentSelection.of(sip))).build(),
                rule("b").one(ALICE).transformations(Transformations.NONE.withUserInput(UserInputLevel.THRESHOLDS)
                        .withServices(ComponentSelection.of(xmpp))).build());
        Transformations combined = permissions(rules).transformations();
        assertEquals(UserInputLevel.THRESHOLDS, combined.userInput());
        assertEquals(ComponentSelection.of(sip, xmpp), combined.services());
        assertEquals(ComponentSelection.ALL, combined.services().combine(ComponentSelection.ALL));
    }

    @Test
    void onlySelectingAllServicesGrantsTheBasicStatus() {
        Transformations someServices = Transformations.NONE.withServices(
                ComponentSelection.of(new Selector("service-uri-scheme", "sip")));
        assertEquals(Set.of(), someServices.provided());
        assertEquals(Set.of(BASIC_STATUS), someServices.withServices(ComponentSelection.ALL).provided());
    }

    @Test
    void provideAllAttributesGrantsEveryPersonAttributeButNotTheComponents() {
        Transformations all = Transformations.NONE.withPersons(ComponentSelection.ALL).withAllAttributes(true);
        assertEquals(PresenceAttribute.setOf(java.util.Arrays.stream(PresenceAttribute.values())
                .filter(PresenceAttribute::isPersonAttribute).toList()), all.provided());
    }

    @Test
    void providingIsTheExactInverseOfProvided() {
        for (PresenceAttribute attribute : PresenceAttribute.values()) {
            assertEquals(Set.of(attribute), Transformations.providing(Set.of(attribute)).provided());
        }
        Set<PresenceAttribute> all = Set.of(PresenceAttribute.values());
        assertEquals(all, Transformations.providing(all).provided());
    }

    private static SubHandling combined(SubHandling first, SubHandling second) {
        RuleSet rules = RuleSet.of(rule("a").one(ALICE).handling(first).build(),
                rule("b").domain("p1.example").handling(second).build());
        return permissions(rules).subHandling();
    }

    private static Permissions permissions(RuleSet rules) {
        return rules.permissionsFor(ALICE, Optional.empty(), NOW);
    }
}
