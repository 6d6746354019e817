package io.peeringconsole.privacy.rules;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.peeringconsole.privacy.RuleBuilder.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identity, sphere and validity conditions (RFC 4745 §7); all present conditions must hold. */
class ConditionsTest {

    private static final Instant NINE = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant FIVE = Instant.parse("2026-03-01T17:00:00Z");

    @Test
    void oneMatchesExactlyThatIdentityWithSchemeAndHostCaseInsensitive() {
        IdentityCondition alice = IdentityCondition.one("sip:alice@p1.example");
        assertTrue(alice.matches("SIP:alice@P1.Example"));
        assertFalse(alice.matches("sip:Alice@p1.example"), "the user part is case-sensitive");
        assertFalse(alice.matches("sip:alice@p2.example"));
        assertFalse(alice.matches("xmpp:alice@p1.example"));
    }

    @Test
    void manyMatchesADomainExceptTheListedIdentities() {
        IdentityCondition colleagues = IdentityCondition.of(
                ManyIdentities.inDomain("P1.example").except("sip:bob@p1.example"));
        assertTrue(colleagues.matches("sip:alice@p1.example"));
        assertFalse(colleagues.matches("sip:bob@p1.example"));
        assertFalse(colleagues.matches("sip:carol@p2.example"));
        assertFalse(colleagues.coversAllOf("p1.example"), "bob is singled out");
        assertTrue(IdentityCondition.of(ManyIdentities.inDomain("p1.example")).coversAllOf("P1.EXAMPLE"));
    }

    @Test
    void manyWithoutDomainMatchesAnyoneButTheExceptedDomainsAndIdentities() {
        IdentityCondition strangers = IdentityCondition.of(ManyIdentities.anyone().exceptDomain("o1.example")
                .except("sip:bob@p1.example"));
        assertTrue(strangers.matches("sip:alice@p1.example"));
        assertFalse(strangers.matches("sip:alice@o1.example"));
        assertFalse(strangers.matches("sip:bob@p1.example"));
        assertTrue(strangers.coversAllOf("p2.example"));
        assertFalse(strangers.coversAllOf("p1.example"));
        assertFalse(strangers.coversAllOf("o1.example"));
    }

    @Test
    void anEmptyIdentityConditionMatchesNobodyAndAnAbsentOneMatchesEverybody() {
        assertFalse(rule("none").nobody().build().applies(watcher("sip:alice@p1.example"), Optional.empty(), NINE));
        assertTrue(rule("all").build().applies(watcher("sip:alice@p1.example"), Optional.empty(), NINE));
    }

    @Test
    void validityIncludesItsStartAndExcludesItsEnd() {
        Validity office = Validity.between(NINE, FIVE);
        assertTrue(office.contains(NINE));
        assertTrue(office.contains(FIVE.minusNanos(1)));
        assertFalse(office.contains(FIVE));
        assertFalse(office.contains(NINE.minusSeconds(1)));
    }

    @Test
    void validityHoldsInAnyOfItsIntervals() {
        Validity twice = new Validity(List.of(new ValidityInterval(NINE, NINE.plus(Duration.ofHours(1))),
                new ValidityInterval(FIVE, FIVE.plus(Duration.ofHours(1)))));
        assertTrue(twice.contains(FIVE.plusSeconds(60)));
        assertFalse(twice.contains(NINE.plus(Duration.ofHours(2))));
    }

    @Test
    void anIntervalMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new ValidityInterval(FIVE, NINE));
        assertThrows(IllegalArgumentException.class, () -> new ValidityInterval(NINE, NINE));
    }

    @Test
    void sphereIsComparedWithTheSphereThePresentityPublishesAndFailsWhenNoneIsPublished() {
        Conditions atWork = Conditions.ALWAYS.inSphere(Set.of("work"));
        WatcherIdentity alice = watcher("sip:alice@p1.example");
        assertTrue(atWork.hold(alice, Optional.of("Work"), NINE));
        assertFalse(atWork.hold(alice, Optional.of("home"), NINE));
        assertFalse(atWork.hold(alice, Optional.empty(), NINE), "a rule we cannot prove applicable grants nothing");
    }

    @Test
    void everyPresentConditionMustHold() {
        var rule = rule("r").one("sip:alice@p1.example").sphere("work").during(NINE, FIVE).build();
        assertTrue(rule.applies(watcher("sip:alice@p1.example"), Optional.of("work"), NINE));
        assertFalse(rule.applies(watcher("sip:alice@p1.example"), Optional.of("work"), FIVE));
        assertFalse(rule.applies(watcher("sip:bob@p1.example"), Optional.of("work"), NINE));
    }

    @Test
    void identitiesBelongToTheDomainOfTheirHost() {
        assertEquals("p1.example", Identities.domainOf("sip:alice@P1.example:5061;transport=tls"));
        assertEquals("p1.example", Identities.domainOf("xmpp:alice@p1.example/phone"));
        assertEquals("sip:Alice@p1.example", Identities.normalize(" SIP:Alice@P1.EXAMPLE "));
    }

    private static WatcherIdentity watcher(String uri) {
        return WatcherIdentity.of(uri);
    }
}
