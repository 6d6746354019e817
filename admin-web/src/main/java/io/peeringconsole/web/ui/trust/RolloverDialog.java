package io.peeringconsole.web.ui.trust;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import io.peeringconsole.trust.application.CertificateView;
import io.peeringconsole.web.ui.support.Formats;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Plans a rollover: which certificate takes over from which, and until when both are trusted. Knows no service: it
 * fires {@link ScheduleEvent} with a plan whose choices make sense, and shows the service's objections at the field
 * they concern.
 */
class RolloverDialog extends Dialog {

    /** Long enough for gateways to pick up the new configuration, short enough not to forget the old key. */
    static final int DEFAULT_OVERLAP_DAYS = 14;

    final ComboBox<CertificateView> incoming = new ComboBox<>("Incoming certificate (takes over)");
    final ComboBox<CertificateView> outgoing = new ComboBox<>("Outgoing certificate (being retired)");
    final DateTimePicker overlapUntil = new DateTimePicker("Both trusted until (UTC)");
    final Button schedule = new Button("Schedule rollover");
    private final Clock clock;

    RolloverDialog(Clock clock) {
        this.clock = clock;
        setId("trust-rollover-dialog");
        setHeaderTitle("Schedule a rollover");
        setWidth("min(44rem, 95vw)");
        configureFields();
        FormLayout form = new FormLayout(incoming, outgoing, overlapUntil);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("Until the date below gateways accept both certificates; from then on only the incoming"
                + " one. Publish the configuration afterwards so that gateways learn of it."), form);
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(cancel, schedule);
    }

    private void configureFields() {
        incoming.setId("trust-rollover-incoming");
        outgoing.setId("trust-rollover-outgoing");
        incoming.setItemLabelGenerator(RolloverDialog::label);
        outgoing.setItemLabelGenerator(RolloverDialog::label);
        incoming.setWidthFull();
        outgoing.setWidthFull();
        overlapUntil.setId("trust-rollover-until");
        overlapUntil.setStep(Duration.ofMinutes(30));
        schedule.setId("trust-rollover-schedule");
        schedule.addThemeVariants(ButtonVariant.PRIMARY);
        schedule.addClickListener(click -> validateAndSchedule());
    }

    static String label(CertificateView certificate) {
        return CertificateText.commonName(certificate) + " · until " + Formats.time(certificate.notAfter()) + " · "
                + abbreviated(certificate.sha256Fingerprint());
    }

    private static String abbreviated(String fingerprint) {
        return fingerprint == null || fingerprint.length() <= 11 ? String.valueOf(fingerprint)
                : fingerprint.substring(0, 11) + "…";
    }

    /**
     * Opens with the certificates to choose from; the newest is offered as incoming, unless one is preselected.
     */
    void open(List<CertificateView> candidates, CertificateView preselected) {
        incoming.setItems(candidates);
        outgoing.setItems(candidates);
        CertificateView newest = candidates.stream()
                .max(Comparator.comparing(CertificateView::notBefore)).orElse(null);
        incoming.setValue(preselected != null ? preselected : newest);
        outgoing.clear();
        overlapUntil.setValue(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).plusDays(DEFAULT_OVERLAP_DAYS)
                .withMinute(0).withSecond(0).withNano(0));
        incoming.setInvalid(false);
        outgoing.setInvalid(false);
        overlapUntil.setInvalid(false);
        open();
    }

    private void validateAndSchedule() {
        RolloverPlan.problem(incoming.getValue(), outgoing.getValue(), overlapUntil.getValue(), clock.instant())
                .ifPresentOrElse(problem -> showFieldError(problem.field(), problem.message()),
                        () -> fireEvent(new ScheduleEvent(this, RolloverPlan.of(incoming.getValue(),
                                outgoing.getValue(), overlapUntil.getValue()))));
    }

    /** Shows a problem at its field ({@code incoming}, {@code outgoing}, {@code overlapUntil}). */
    boolean showFieldError(String field, String message) {
        HasValidation target = switch (field.toLowerCase(Locale.ROOT)) {
            case "incoming", "incomingcertificateid" -> incoming;
            case "outgoing", "outgoingcertificateid" -> outgoing;
            case "overlapuntil" -> overlapUntil;
            default -> null;
        };
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
        return target != null;
    }

    Registration addScheduleListener(ComponentEventListener<ScheduleEvent> listener) {
        return addListener(ScheduleEvent.class, listener);
    }

    /** Schedule this rollover. */
    static final class ScheduleEvent extends ComponentEvent<RolloverDialog> {
        private final transient RolloverPlan plan;

        ScheduleEvent(RolloverDialog source, RolloverPlan plan) {
            super(source, false);
            this.plan = plan;
        }

        RolloverPlan plan() {
            return plan;
        }
    }
}
