package io.peeringconsole.web.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.web.ui.support.Formats;

/** One audit entry in full: who did what, from where, and the state before and after. */
public final class AuditEntryDialog extends Dialog {

    public AuditEntryDialog(AuditEntry entry) {
        setId("audit-entry-dialog");
        setHeaderTitle("Audit entry #" + entry.sequence());
        setWidth("min(64rem, 95vw)");
        add(new VerticalLayout(facts(entry), states(entry)));
        getFooter().add(new Button("Close", click -> close()));
    }

    private static FormLayout facts(AuditEntry entry) {
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(Formats.time(entry.occurredAt())), "Time");
        facts.addFormItem(new Span(entry.actorName() + " (" + entry.actorRole() + ")"), "Actor");
        facts.addFormItem(new Span(entry.sourceAddress()), "Source");
        facts.addFormItem(new Span(entry.action()), "Action");
        facts.addFormItem(new Span(entry.targetType() + " " + entry.targetId()), "Target");
        facts.addFormItem(new Span(entry.localDomain() == null ? "—" : entry.localDomain()), "Local domain");
        facts.addFormItem(new Span(entry.outcome()), "Outcome");
        return facts;
    }

    private static HorizontalLayout states(AuditEntry entry) {
        HorizontalLayout states = new HorizontalLayout(state("Before", entry.beforeState()),
                state("After", entry.afterState()));
        states.setWidthFull();
        return states;
    }

    private static Div state(String title, String json) {
        Pre text = new Pre(json == null ? "(none)" : json);
        text.addClassName("audit-state");
        Div state = new Div(new H4(title), text);
        state.addClassName("audit-state-box");
        return state;
    }
}
