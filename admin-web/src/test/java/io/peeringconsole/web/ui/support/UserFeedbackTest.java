package io.peeringconsole.web.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import io.peeringconsole.rules.ConflictException;
import io.peeringconsole.rules.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserFeedbackTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private final List<String> shownAtFields = new ArrayList<>();

    @BeforeEach
    void ui() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    private boolean formWithDomains(String field, String message) {
        if (field.equals("domains")) {
            shownAtFields.add(field + ": " + message);
            return true;
        }
        return false;
    }

    @Test
    void aSuccessfulActionReportsNothing() {
        assertTrue(UserFeedback.attempt(() -> { }, this::formWithDomains, null));
        assertTrue(shownAtFields.isEmpty());
    }

    @Test
    void aRuleViolationGoesNextToItsField() {
        boolean done = UserFeedback.attempt(() -> {
            throw new RuleViolationException("domains", "“*.example.net” is a wildcard.");
        }, this::formWithDomains, null);

        assertFalse(done);
        assertEquals(List.of("domains: “*.example.net” is a wildcard."), shownAtFields);
    }

    @Test
    void aViolationNoFieldCanShowDoesNotGetLost() {
        boolean done = UserFeedback.attempt(() -> {
            throw new RuleViolationException("limit", "Ask for fewer rows.");
        }, this::formWithDomains, null);

        assertFalse(done);
        assertTrue(shownAtFields.isEmpty());
    }

    @Test
    void findsTheDomainFailureInsideWrappers() {
        ConflictException conflict = new ConflictException("Someone else changed it.");

        assertSame(conflict, UserFeedback.domainCause(new IllegalStateException(new RuntimeException(conflict))));
        assertEquals(null, UserFeedback.domainCause(new IllegalStateException("no domain failure")));
    }

    @Test
    void anUnexpectedFailureIsCaughtToo() {
        Logger log = Logger.getLogger(UserFeedback.class.getName());
        Level level = log.getLevel();
        log.setLevel(Level.OFF);
        try {
            assertFalse(UserFeedback.attempt(() -> {
                throw new IllegalStateException("database down");
            }));
        } finally {
            log.setLevel(level);
        }
    }

    @Test
    void aChangeTheAuditTrailCouldNotRecordSaysWhyWhereverTheFailureIsWrapped() {
        var wrapped = new IllegalStateException("transaction rolled back",
                new io.peeringconsole.audit.application.AuditUnavailableException("could not record", null));
        assertTrue(UserFeedback.auditUnavailable(wrapped));
        assertFalse(UserFeedback.auditUnavailable(new IllegalStateException("other")));
        assertFalse(UserFeedback.attempt(() -> {
            throw wrapped;
        }));
        assertTrue(UserFeedback.AUDIT_UNAVAILABLE.contains("audit trail could not record it"));
    }

    @Test
    void aChangeThatWaitedTooLongForTheAuditChainIsToldToTryAgainNotToCallTheOperator() {
        var busy = new IllegalStateException("transaction rolled back",
                new io.peeringconsole.audit.application.AuditBusyException("held by another change", null));
        assertTrue(UserFeedback.auditUnavailable(busy), "still a change the trail did not record");
        assertTrue(UserFeedback.auditBusy(busy));
        assertFalse(UserFeedback.auditBusy(new IllegalStateException("transaction rolled back",
                new io.peeringconsole.audit.application.AuditUnavailableException("disk full", null))));
        assertFalse(UserFeedback.attempt(() -> {
            throw busy;
        }));
        assertTrue(UserFeedback.AUDIT_BUSY.contains("try again in a few seconds"));
    }
}
