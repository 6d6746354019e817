package io.peeringconsole.web.ui.trust;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.peeringconsole.trust.application.DomainVerdictView;
import io.peeringconsole.trust.application.ReasonView;
import java.util.List;

/**
 * One verdict per domain of the peer: trusted or not, and every reason the validator gave, errors first, each with
 * its stable code (what support and the REST API quote) and the message that says what to do.
 */
class VerdictPanel extends VerticalLayout {

    VerdictPanel() {
        setId("trust-verdicts");
        addClassName("trust-verdicts");
        setPadding(false);
        setSpacing(false);
    }

    void show(List<DomainVerdictView> verdicts) {
        removeAll();
        if (verdicts.isEmpty()) {
            add(new Paragraph("This peer network has no domain, so there is nothing to validate."));
            return;
        }
        verdicts.forEach(verdict -> add(verdictOf(verdict)));
    }

    private Div verdictOf(DomainVerdictView verdict) {
        H4 domain = new H4(verdict.domain());
        HorizontalLayout heading = new HorizontalLayout(domain,
                TrustBadges.verdictTone(verdict.trusted()).badge(TrustBadges.verdictLabel(verdict.trusted())));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("trust-reasons");
        verdict.reasons().stream()
                .sorted(VerdictPanel::bySeverity)
                .forEach(reason -> reasons.add(reasonOf(reason)));
        Div box = new Div(heading, reasons);
        box.addClassName("trust-verdict");
        box.addClassName(verdict.trusted() ? "trusted" : "not-trusted");
        box.getElement().setAttribute("data-domain", verdict.domain());
        return box;
    }

    private static ListItem reasonOf(ReasonView reason) {
        Span code = new Span(reason.code());
        code.addClassName("trust-reason-code");
        Span message = new Span(reason.message());
        message.addClassName("trust-reason-message");
        ListItem item = new ListItem(
                TrustBadges.severityTone(reason.severity()).badge(TrustBadges.severityLabel(reason.severity())),
                code, message);
        item.addClassName("trust-reason");
        if (reason.certificateFingerprint() != null) {
            item.getElement().setAttribute("title", "Certificate SHA-256 " + reason.certificateFingerprint());
        }
        return item;
    }

    private static int bySeverity(ReasonView a, ReasonView b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(ReasonView reason) {
        return switch (TrustBadges.severityTone(reason.severity())) {
            case ERROR -> 0;
            case WARNING -> 1;
            default -> 2;
        };
    }
}
