package io.peeringconsole.web.ui.trust;

import static io.peeringconsole.web.ui.trust.CertificateViewBuilder.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import io.peeringconsole.trust.application.CertificateView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RolloverDialogTest {

    /** Held here: Vaadin keeps the current UI by a weak reference only, and a collected UI fails a test at random. */
    private final UI ui = new UI();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:20:00Z"), ZoneOffset.UTC);

    private final CertificateView old = certificate(1).issuedAt(Instant.parse("2025-06-01T00:00:00Z")).build();
    private final CertificateView renewed = certificate(2).issuedAt(Instant.parse("2026-05-30T00:00:00Z")).build();
    private final List<RolloverDialog.ScheduleEvent> scheduled = new ArrayList<>();
    private RolloverDialog dialog;

    @BeforeEach
    void newDialog() {
        UI.setCurrent(ui);
        dialog = new RolloverDialog(CLOCK);
        dialog.addScheduleListener(scheduled::add);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void offersTheNewestAsIncomingAndTwoWeeksOfOverlap() {
        dialog.open(List.of(old, renewed), null);

        assertEquals(renewed, dialog.incoming.getValue());
        assertEquals(null, dialog.outgoing.getValue());
        assertEquals(LocalDateTime.parse("2026-06-15T10:00:00"), dialog.overlapUntil.getValue());
    }

    @Test
    void schedulesTheChosenRollover() {
        dialog.open(List.of(old, renewed), null);
        dialog.outgoing.setValue(old);

        dialog.schedule.click();

        RolloverPlan plan = scheduled.getFirst().plan();
        assertEquals(List.of(2L, 1L, Instant.parse("2026-06-15T10:00:00Z")),
                List.of(plan.incoming().id(), plan.outgoing().id(), plan.overlapUntil()));
    }

    @Test
    void aCertificateReplacingItselfIsRefusedAtTheOutgoingField() {
        dialog.open(List.of(old, renewed), old);
        dialog.outgoing.setValue(old);

        dialog.schedule.click();

        assertTrue(dialog.outgoing.isInvalid());
        assertTrue(scheduled.isEmpty());
    }

    @Test
    void theServicesObjectionsGoToTheirFields() {
        dialog.open(List.of(old, renewed), null);

        assertTrue(dialog.showFieldError("outgoingCertificateId", "Not the same peer."));
        assertTrue(dialog.showFieldError("overlapUntil", "Too late."));
        assertEquals("Too late.", dialog.overlapUntil.getErrorMessage());
    }
}
