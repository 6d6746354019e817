package io.peeringconsole.web.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.peeringconsole.audit.alert.Alert;
import io.peeringconsole.web.ui.audit.AuditTrailView;
import java.util.Locale;

/** One alert: its title, the facts behind it and what to do. */
final class AlertCard extends Div {

    AlertCard(Alert alert) {
        addClassNames("dashboard-alert", alert.severity().name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("data-kind", alert.kind());
        Span title = new Span(alert.severity() == Alert.Severity.CRITICAL ? "Critical: " + alert.title()
                : alert.title());
        title.addClassName("title");
        Paragraph detail = new Paragraph(alert.detail());
        Paragraph advice = new Paragraph("What to do: " + alert.advice());
        advice.addClassName("advice");
        add(title, detail, advice);
        if (!alert.auditQuery().isEmpty()) {
            RouterLink entries = new RouterLink("Show the entries", AuditTrailView.class);
            entries.setQueryParameters(QueryParameters.simple(alert.auditQuery()));
            entries.addClassName("entries");
            add(entries);
        }
    }
}
