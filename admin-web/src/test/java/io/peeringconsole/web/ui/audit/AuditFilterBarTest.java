package io.peeringconsole.web.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import io.peeringconsole.audit.application.AuditFilter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filter bar as a plain object: what the fields say becomes the filter, within the reader's scope. */
class AuditFilterBarTest {

    private final List<AuditFilter> fired = new ArrayList<>();
    private final List<String> lookedUp = new ArrayList<>();
    private final AuditFilterBar bar = new AuditFilterBar(new AuditFilter(Set.of("example.com"), null),
            List.of("LOGIN", "LOGIN_FAILED"), value -> {
                lookedUp.add(value);
                return "hmac-sha256:" + "ab".repeat(32);
            }, fired::add);

    @Test
    void eachFieldNarrowsTheFilterAndTheScopeStays() {
        bar.from.setValue(LocalDateTime.of(2026, 11, 25, 10, 0));
        bar.to.setValue(LocalDateTime.of(2026, 11, 25, 12, 0));
        bar.actor.setValue("alice");
        bar.actions.setValue(Set.of("LOGIN_FAILED"));
        bar.targetType.setValue("Account");
        bar.targetId.setValue("alice");
        bar.domain.setValue("example.com");
        bar.outcome.setValue("FAILURE");
        bar.search.setValue("log");

        AuditFilter filter = fired.getLast();
        assertEquals(Set.of("example.com"), filter.visibleDomains());
        assertEquals(Instant.parse("2026-11-25T10:00:00Z"), filter.from(), "the pickers are in UTC");
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), filter.to());
        assertEquals("alice", filter.actor());
        assertEquals(Set.of("LOGIN_FAILED"), filter.actions());
        assertEquals("Account", filter.targetType());
        assertEquals("alice", filter.targetId());
        assertEquals("example.com", filter.localDomain());
        assertEquals("FAILURE", filter.outcome());
        assertEquals("log", filter.text());
    }

    @Test
    void anInvertedRangeIsShownAtTheEndFieldAndNotFired() {
        bar.from.setValue(LocalDateTime.of(2026, 11, 25, 12, 0));
        int before = fired.size();
        bar.to.setValue(LocalDateTime.of(2026, 11, 25, 10, 0));

        assertEquals(before, fired.size(), "no filter that cannot hold is fired");
        assertTrue(bar.to.isInvalid());
        assertTrue(bar.to.getErrorMessage().contains("after the start"), bar.to.getErrorMessage());
        assertNull(bar.current());
    }

    @Test
    void aTargetIdWithoutItsTypeAsksForTheType() {
        bar.targetId.setValue("7");
        assertTrue(bar.targetType.isInvalid());
        assertTrue(bar.targetType.getErrorMessage().contains("target type"), bar.targetType.getErrorMessage());
    }

    @Test
    void aMatchedValueBecomesItsKeyedHashAndLeavesTheScreen() {
        bar.match.setValue("typed-secret-name");
        ((Button) bar.match.getSuffixComponent()).click();

        assertEquals(List.of("typed-secret-name"), lookedUp);
        assertEquals("hmac-sha256:" + "ab".repeat(32), fired.getLast().containing());
        assertEquals("", bar.match.getValue(), "the clear value does not linger on screen");
    }

    @Test
    void parametersFromADashboardAlertPresetTheFields() {
        bar.preset(java.util.Map.of("action", "LOGIN_FAILED", "actor", "alice", "from", "2026-11-25T11:45:00Z",
                "outcome", "nonsense", "unknown", "x"));

        AuditFilter filter = fired.getLast();
        assertEquals(Set.of("LOGIN_FAILED"), filter.actions());
        assertEquals("alice", filter.actor());
        assertEquals(Instant.parse("2026-11-25T11:45:00Z"), filter.from());
        assertNull(filter.outcome(), "an outcome that does not parse is left out");
    }
}
