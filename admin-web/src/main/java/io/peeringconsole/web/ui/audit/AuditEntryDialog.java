package io.peeringconsole.web.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.peeringconsole.audit.domain.AuditEntry;
import io.peeringconsole.web.ui.support.Formats;
import java.util.List;
import java.util.Locale;

/**
 * One audit entry in full: who did what, from where, what changed (a diff of the before and after states, changes
 * first) and the states as recorded, with the hashes that chain the entry.
 */
public final class AuditEntryDialog extends Dialog {

    public AuditEntryDialog(AuditEntry entry) {
        setId("audit-entry-dialog");
        setHeaderTitle("Audit entry #" + entry.sequence());
        setWidth("min(72rem, 95vw)");
        add(new VerticalLayout(facts(entry), diff(entry), recorded(entry)));
        getFooter().add(new Button("Close", click -> close()));
    }

    private static FormLayout facts(AuditEntry entry) {
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(Formats.time(entry.occurredAt())), "Time");
        facts.addFormItem(new Span(entry.actorName() + " (" + entry.actorRole() + ")"), "Actor");
        facts.addFormItem(new Span(entry.sourceAddress()), "Source");
        facts.addFormItem(new Span(entry.action()), "Action");
        facts.addFormItem(new Span(entry.targetType() + (entry.targetId() == null ? "" : " " + entry.targetId())),
                "Target");
        facts.addFormItem(new Span(entry.localDomain() == null ? "—" : entry.localDomain()), "Local domain");
        facts.addFormItem(new Span(entry.outcome()), "Outcome");
        return facts;
    }

    private static Div diff(AuditEntry entry) {
        List<StateDiff.Row> rows = StateDiff.of(entry.beforeState(), entry.afterState());
        if (rows.isEmpty()) {
            return new Div(new H4("Changes"), new Span("This entry records no state."));
        }
        Grid<StateDiff.Row> grid = new Grid<>();
        grid.setId("audit-diff");
        grid.addColumn(StateDiff.Row::path).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> shown(row.before())).setHeader("Before").setFlexGrow(1);
        grid.addColumn(row -> shown(row.after())).setHeader("After").setFlexGrow(1);
        grid.addColumn(row -> row.change().name().toLowerCase(Locale.ROOT)).setHeader("Change").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(row -> "audit-diff-" + row.change().name().toLowerCase(Locale.ROOT));
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 30);
        long changed = rows.stream().filter(r -> r.change() != StateDiff.Change.UNCHANGED).count();
        Div diff = new Div(new H4("Changes"), new Span(Formats.count(changed, "field changed", "fields changed")
                + ", " + Formats.count(rows.size() - changed, "unchanged", "unchanged")), grid);
        diff.setWidthFull();
        return diff;
    }

    private static Details recorded(AuditEntry entry) {
        HorizontalLayout states = new HorizontalLayout(state("Before", entry.beforeState()),
                state("After", entry.afterState()));
        states.setWidthFull();
        Span hashes = new Span("Entry hash " + entry.entryHash() + " · previous " + entry.previousHash());
        hashes.addClassName("audit-hashes");
        Details recorded = new Details("As recorded", new VerticalLayout(states, hashes));
        recorded.setId("audit-recorded");
        return recorded;
    }

    private static String shown(String value) {
        return value == null ? "—" : value;
    }

    private static Div state(String title, String json) {
        Pre text = new Pre(json == null ? "(none)" : json);
        text.addClassName("audit-state");
        Div state = new Div(new H4(title), text);
        state.addClassName("audit-state-box");
        return state;
    }
}
