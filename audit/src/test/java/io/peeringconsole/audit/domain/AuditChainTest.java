package io.peeringconsole.audit.domain;

import static io.peeringconsole.audit.domain.AuditEntryBuilder.anEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456789Z");

    @Test
    void hashIsDeterministicLowerCaseHex() {
        String hash = AuditChain.hashOf(anEntry().build());
        assertEquals(hash, AuditChain.hashOf(anEntry().build()));
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    }

    static Stream<Arguments> singleFieldChanges() {
        return Stream.of(
                change("sequence", b -> b.sequence(8)),
                change("occurredAt by one microsecond", b -> b.occurredAt(Instant.parse("2025-03-01T10:15:30.123457Z"))),
                change("actorName", b -> b.actorName("mallory")),
                change("actorRole", b -> b.actorRole("ADMIN")),
                change("sourceAddress", b -> b.sourceAddress("192.0.2.11")),
                change("sourceAddress null", b -> b.sourceAddress(null)),
                change("action", b -> b.action("AGREEMENT_SUSPENDED")),
                change("targetType", b -> b.targetType("PeerNetwork")),
                change("targetId", b -> b.targetId("agreement-8")),
                change("targetId null", b -> b.targetId(null)),
                change("localDomain", b -> b.localDomain("example.org")),
                change("localDomain null", b -> b.localDomain(null)),
                change("outcome", b -> b.outcome(AuditEvent.FAILURE)),
                change("before", b -> b.before("{\"status\":\"DRAFT\"}")),
                change("before null", b -> b.before(null)),
                change("after", b -> b.after("{\"status\":\"SUSPENDED\"}")),
                change("after null", b -> b.after(null)),
                change("previousHash", b -> b.previousHash("ac".repeat(32))));
    }

    private static Arguments change(String field, UnaryOperator<AuditEntryBuilder> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFieldChanges")
    void changingAnyOneFieldChangesTheHash(String field, UnaryOperator<AuditEntryBuilder> change) {
        String original = AuditChain.hashOf(anEntry().build());
        assertNotEquals(original, AuditChain.hashOf(change.apply(anEntry()).build()), field);
    }

    @Test
    void nullAndEmptyHashDifferently() {
        assertNotEquals(AuditChain.hashOf(anEntry().targetId(null).build()),
                AuditChain.hashOf(anEntry().targetId("").build()));
        assertNotEquals(AuditChain.hashOf(anEntry().before(null).build()),
                AuditChain.hashOf(anEntry().before("").build()));
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        assertNotEquals(AuditChain.hashOf(anEntry().actorName("ab").actorRole("c").build()),
                AuditChain.hashOf(anEntry().actorName("a").actorRole("bc").build()));
        assertNotEquals(AuditChain.hashOf(anEntry().targetId("peer").localDomain("").build()),
                AuditChain.hashOf(anEntry().targetId("").localDomain("peer").build()));
        assertNotEquals(AuditChain.hashOf(anEntry().actorName("a\u0001b").actorRole("c").build()),
                AuditChain.hashOf(anEntry().actorName("a").actorRole("b\u0001c").build()));
    }

    @Test
    void appendLinksToTheHeadAndAdvancesIt() {
        AuditChainHead head = AuditChainHead.genesis();
        AuditEntry first = AuditChain.append(head, Actor.system(), AuditEvent.of("LOGIN", "Account", "alice"), NOW);
        AuditEntry second = AuditChain.append(head, Actor.system(), AuditEvent.of("LOGOUT", "Account", "alice"), NOW);

        assertEquals(1, first.sequence());
        assertEquals(AuditChain.GENESIS_HASH, first.previousHash());
        assertEquals(2, second.sequence());
        assertEquals(first.entryHash(), second.previousHash());
        assertEquals(2, head.lastSequence());
        assertEquals(second.entryHash(), head.lastHash());
        assertEquals(AuditChain.hashOf(second), second.entryHash());
    }

    @Test
    void appendTruncatesTheTimeToMicrosecondsBeforeHashing() {
        AuditEntry entry = AuditChain.append(AuditChainHead.genesis(), Actor.system(),
                AuditEvent.of("LOGIN", "Account", "alice"), NOW);

        assertEquals(Instant.parse("2025-03-01T10:15:30.123456Z"), entry.occurredAt());
        assertEquals(AuditChain.hashOf(entry), entry.entryHash());
    }

    @Test
    void appendCutsOverLongActorAndTargetFieldsTheSameWayEveryTime() {
        Actor actor = new Actor("x".repeat(500), "ADMIN", "192.0.2.1");
        AuditEvent event = AuditEvent.of("LOGIN_FAILED", "Account", "y".repeat(1000)).failed();

        AuditEntry one = AuditChain.append(AuditChainHead.genesis(), actor, event, NOW);
        AuditEntry two = AuditChain.append(AuditChainHead.genesis(), actor, event, NOW);

        assertEquals(200, one.actorName().length());
        assertTrue(one.actorName().endsWith(StoredText.CUT_MARK));
        assertEquals(300, one.targetId().length());
        assertEquals(one.entryHash(), two.entryHash());
        assertEquals(AuditChain.hashOf(one), one.entryHash());
    }

    @Test
    void appendNeverSplitsASurrogatePairOrStoresNul() {
        Actor actor = new Actor("a".repeat(198) + "\uD83D\uDE00" + "tail", "ADMIN", "bad\u0000address");

        AuditEntry entry = AuditChain.append(AuditChainHead.genesis(), actor, AuditEvent.of("LOGIN", "Account", null),
                NOW);

        assertEquals("a".repeat(198) + StoredText.CUT_MARK, entry.actorName());
        assertEquals("bad\uFFFDaddress", entry.sourceAddress());
        assertNull(entry.targetId());
    }

    @Test
    void headRefusesAnEntryThatDoesNotContinueTheChain() {
        AuditChainHead head = AuditChainHead.genesis();
        AuditEntry stranger = anEntry().sequence(1).previousHash("ab".repeat(32)).resealed();

        assertThrows(IllegalStateException.class, () -> head.advanceTo(stranger));
        assertEquals(0, head.lastSequence());
    }
}
