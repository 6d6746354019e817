package io.peeringconsole.web.ui.dashboard;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import io.peeringconsole.audit.forwarding.ForwardingStatus;
import io.peeringconsole.audit.forwarding.SyslogSettings;
import io.peeringconsole.web.ui.support.Formats;

/**
 * Syslog forwarding, read-only: the settings come from the console's configuration
 * ({@code peering.audit.syslog.*}), the progress from the forwarding cursor.
 */
final class ForwardingPanel extends FormLayout {

    ForwardingPanel(SyslogSettings settings, ForwardingStatus status) {
        setId("forwarding-panel");
        addClassName("forwarding-facts");
        if (!settings.enabled()) {
            addFormItem(new Span("Off. Set peering.audit.syslog.host (and port, tls) to forward the trail to a SIEM."),
                    "Forwarding");
            return;
        }
        addFormItem(span("forwarding-destination", settings.destination()), "Receiver");
        addFormItem(new Span(settings.tls() ? "TLS (RFC 5425)" : "TCP, octet-counted (RFC 6587)"), "Transport");
        addFormItem(new Span(settings.hostname() + " / " + settings.appName() + " / facility " + settings.facility()),
                "Host / app / facility");
        addFormItem(span("forwarding-backlog", Formats.count(status.backlog(), "entry", "entries")
                + " waiting (confirmed up to #" + status.forwardedUpTo() + " of #" + status.head() + ")"), "Backlog");
        addFormItem(new Span(status.lastSuccessAt() == null ? "never" : Formats.time(status.lastSuccessAt())),
                "Last confirmed");
        addFormItem(span("forwarding-state", status.receiverDown()
                ? "Down since " + Formats.time(status.lastFailureAt()) + ": " + status.lastFailure()
                : "Taking entries"), "Receiver state");
    }

    private static Span span(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
