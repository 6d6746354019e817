package io.peeringconsole.registry.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.rules.RuleViolationException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import jakarta.persistence.Query;
import org.junit.jupiter.api.Test;

class PeerSearchQueryTest {

    private static Map<String, Object> boundParameters(PeerSearchQuery query) {
        Map<String, Object> bound = new HashMap<>();
        Query recorder = (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setParameter")) {
                        bound.put((String) args[0], args[1]);
                    }
                    return proxy;
                });
        query.bind(recorder);
        return bound;
    }

    @Test
    void withoutFiltersListsEverythingByDisplayNameThenId() {
        PeerSearchQuery query = PeerSearchQuery.of(PeerSearch.firstPage(50));
        assertEquals("select p from PeerNetwork p where 1 = 1 order by p.searchName asc, p.id asc",
                query.selectJpql());
        assertEquals("select count(p) from PeerNetwork p where 1 = 1", query.countJpql());
        assertTrue(boundParameters(query).isEmpty());
    }

    @Test
    void textMatchesDisplayNameAnywhereAndDomainsByPrefix() {
        PeerSearchQuery query = PeerSearchQuery.of(new PeerSearch("  Ex_am%ple! ", PeerKind.CLEARING_HOUSE,
                PeerSort.UPDATED_AT, false, 0, 10));
        assertTrue(query.selectJpql().contains("p.kind = :kind"));
        assertTrue(query.selectJpql().endsWith("order by p.updatedAt desc, p.id desc"));
        Map<String, Object> bound = boundParameters(query);
        assertEquals("%ex!_am!%ple!!%", bound.get("contains"));
        assertEquals("ex!_am!%ple!!%", bound.get("prefix"));
        assertEquals(PeerKind.CLEARING_HOUSE, bound.get("kind"));
    }

    @Test
    void internationalisedTextFindsPunycodeDomains() {
        Map<String, Object> bound = boundParameters(PeerSearchQuery.of(new PeerSearch("Bücher", null, null, true, 0,
                10)));
        assertEquals("%bücher%", bound.get("contains"));
        assertEquals("xn--bcher-kva%", bound.get("prefix"));
    }

    @Test
    void kindSortsByNameWithinKind() {
        String jpql = PeerSearchQuery.of(new PeerSearch(null, null, PeerSort.KIND, true, 0, 10)).selectJpql();
        assertTrue(jpql.endsWith("order by p.kind asc, p.searchName asc, p.id asc"), jpql);
        assertFalse(jpql.contains(":contains"));
    }

    @Test
    void pageWindowIsBounded() {
        assertThrows(RuleViolationException.class, () -> new PeerSearch(null, null, null, true, 0, 0));
        assertThrows(RuleViolationException.class, () -> new PeerSearch(null, null, null, true, 0, 501));
        assertThrows(RuleViolationException.class, () -> new PeerSearch(null, null, null, true, -1, 10));
        assertEquals(PeerSort.DISPLAY_NAME, new PeerSearch(null, null, null, true, 0, 500).sort());
    }
}
