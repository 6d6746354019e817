package io.peeringconsole.web.ui.agreement;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.peeringconsole.agreement.domain.GateResult;

/** The live checklist of the activation gate, shown before anyone presses Approve. */
class ChecklistPanel extends Div {

    private final Paragraph summary = new Paragraph();
    private final UnorderedList lines = new UnorderedList();

    ChecklistPanel() {
        setId("agreement-checklist");
        addClassName("agreement-checklist");
        summary.setId("agreement-checklist-summary");
        add(summary, lines);
    }

    void show(GateResult result) {
        summary.setText(ChecklistItems.summary(result));
        summary.getElement().setAttribute("data-passed", String.valueOf(result.isPassed()));
        lines.removeAll();
        for (ChecklistItems.Item item : ChecklistItems.of(result)) {
            ListItem line = new ListItem();
            line.addClassNames("agreement-check", item.ok() ? "check-ok" : "check-refused");
            line.getElement().setAttribute("data-ok", String.valueOf(item.ok()));
            line.add((item.ok() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create(), new Span(item.title()));
            item.details().forEach(detail -> {
                Div text = new Div(detail);
                text.addClassName("agreement-check-detail");
                line.add(text);
            });
            lines.add(line);
        }
    }

    void showUnavailable(String why) {
        summary.setText(why);
        lines.removeAll();
    }
}
