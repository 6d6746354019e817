package io.peeringconsole.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-02T00:00:00Z");

    @Test
    void theOldConstructorsAndAllStillMeanWhatTheyMeant() {
        AuditFilter all = AuditFilter.all();
        assertNull(all.visibleDomains());
        assertFalse(all.narrows());
        assertEquals(AuditSort.NEWEST_FIRST, all.sort());
        AuditFilter scoped = new AuditFilter(Set.of("example.com"), "  peer  ").aboutTarget("PeerNetwork", "7");
        assertEquals(Set.of("example.com"), scoped.visibleDomains());
        assertEquals("peer", scoped.text());
        assertEquals("PeerNetwork", scoped.targetType());
        assertEquals("7", scoped.targetId());
    }

    @Test
    void withersNarrowWithoutForgettingEarlierCriteria() {
        AuditFilter filter = new AuditFilter(Set.of("example.com"), "x")
                .between(T0, T1).byActor(" alice ").withActions(Set.of("B", "A", " ")).inDomain("Example.COM ")
                .withOutcome("failure").containing("hmac-sha256:ab").sortedBy(AuditSort.parse("actor"));
        assertEquals("x", filter.text());
        assertEquals(T0, filter.from());
        assertEquals(T1, filter.to());
        assertEquals("alice", filter.actor());
        assertEquals(List.of("A", "B"), List.copyOf(filter.actions()));
        assertEquals("example.com", filter.localDomain());
        assertEquals("FAILURE", filter.outcome());
        assertEquals("hmac-sha256:ab", filter.containing());
        assertEquals(AuditSort.Key.ACTOR, filter.sort().key());
        assertTrue(filter.narrows());
        assertEquals(filter, filter.withText("x"));
    }

    @Test
    void anEmptyOrInvertedTimeRangeIsRefusedWithBothEnds() {
        var refused = assertThrows(IllegalArgumentException.class, () -> AuditFilter.all().between(T1, T0));
        assertTrue(refused.getMessage().contains(T1.toString()) && refused.getMessage().contains(T0.toString()),
                refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AuditFilter.all().between(T0, T0));
    }

    @Test
    void anUnknownOutcomeIsRefusedAndATargetIdNeedsItsType() {
        var refused = assertThrows(IllegalArgumentException.class, () -> AuditFilter.all().withOutcome("MAYBE"));
        assertTrue(refused.getMessage().contains("SUCCESS or FAILURE"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AuditFilter.all().aboutTarget(null, "7"));
    }

    @Test
    void aDomainAdministratorAskingForAnotherDomainSeesNothing() {
        AuditFilter mine = new AuditFilter(Set.of("example.com"), null);
        assertFalse(mine.inDomain("example.com").showsNothing());
        assertTrue(mine.inDomain("example.org").showsNothing());
        assertTrue(new AuditFilter(Set.of(), null).showsNothing());
        assertFalse(AuditFilter.all().inDomain("example.org").showsNothing());
    }

    @Test
    void likeWildcardsTypedByAUserAreTakenLiterally() {
        assertEquals("%50!%!_off!!%", AuditFilter.all().withText("50%_OFF!").likePattern());
    }

    @Test
    void everyCriterionBecomesOneConditionOfTheWhereClause() {
        AuditFilter filter = new AuditFilter(Set.of("example.com"), "t", "PeerNetwork", "7").between(T0, T1)
                .byActor("alice").withAction("LOGIN").inDomain("example.com").withOutcome("SUCCESS")
                .containing("h");
        String where = new AuditFilterQuery(filter).where();
        for (String expected : List.of("e.localDomain in :domains", "lower(e.action) like :text",
                "e.targetType = :targetType", "e.targetId = :targetId", "e.occurredAt >= :from", "e.occurredAt < :to",
                "e.actorName = :actor", "e.action in :actions", "e.localDomain = :localDomain",
                "e.outcome = :outcome", "e.afterState like :containing")) {
            assertTrue(where.contains(expected), expected + " in " + where);
        }
        assertEquals("", new AuditFilterQuery(AuditFilter.all()).where());
    }

    @Test
    void theOrderNamesTheColumnTheFilterFixesFirstSoItsIndexDeliversThePage() {
        assertEquals(" order by e.sequence desc", order(AuditFilter.all()));
        assertEquals(" order by e.actorName desc, e.sequence desc", order(AuditFilter.all().byActor("alice")));
        assertEquals(" order by e.action desc, e.occurredAt desc, e.sequence desc",
                order(AuditFilter.all().withAction("LOGIN")));
        assertEquals(" order by e.sequence desc", order(AuditFilter.all().withActions(Set.of("A", "B"))),
                "two actions fix no column");
        assertEquals(" order by e.targetType asc, e.targetId asc, e.sequence asc", order(AuditFilter.all()
                .aboutTarget("PeerNetwork", "7").sortedBy(AuditSort.parse("sequence,asc"))));
        assertEquals(" order by e.localDomain desc, e.sequence desc", order(new AuditFilter(Set.of("a.com"), null)));
        assertEquals(" order by e.sequence desc", order(new AuditFilter(Set.of("a.com", "b.com"), null)));
        assertEquals(" order by e.occurredAt desc, e.sequence desc", order(AuditFilter.all().between(T0, null)));
        assertEquals(" order by e.actorName asc, e.sequence asc", order(AuditFilter.all().sortedBy(
                AuditSort.parse("actor"))));
        assertEquals(" order by e.occurredAt desc, e.sequence desc", order(AuditFilter.all().sortedBy(
                AuditSort.parse("-time"))));
        assertEquals(" order by e.action asc, e.occurredAt asc, e.sequence asc", order(AuditFilter.all().sortedBy(
                AuditSort.parse("action"))));
    }

    private static String order(AuditFilter filter) {
        return new AuditFilterQuery(filter).orderBy();
    }
}
