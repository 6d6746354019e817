package io.peeringconsole.web.ui.agreement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;

/**
 * Asks for the reason before a rejection, suspension or termination, and shows what will stop first. Nothing
 * happens on cancel; a blank reason is refused here already, with the same words the domain would use.
 */
class StatusChangeDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm = new Button();
    final Button cancel = new Button("Cancel", click -> close());
    final Div impact = new Div();

    private final transient Consumer<String> onConfirm;

    /**
     * @param impactLines the impact preview in sentences; empty for a change that stops nothing (a rejection)
     */
    StatusChangeDialog(String header, String explanation, List<String> impactLines, String confirmText,
            boolean dangerous, Consumer<String> onConfirm) {
        this.onConfirm = onConfirm;
        setId("status-change-dialog");
        setHeaderTitle(header);
        setWidth("36rem");
        impact.setId("agreement-impact");
        impact.addClassName("agreement-impact");
        if (!impactLines.isEmpty()) {
            UnorderedList list = new UnorderedList();
            impactLines.forEach(line -> list.add(new ListItem(line)));
            impact.add(new Paragraph("What changes:"), list);
        }
        impact.setVisible(!impactLines.isEmpty());
        reason.setId("status-change-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setHelperText("Recorded in the agreement's history and shown to everyone who opens it.");
        confirm.setText(confirmText);
        confirm.setId("status-change-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (dangerous) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        confirm.addClickListener(click -> confirmIfReasoned());
        cancel.setId("status-change-cancel");
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        add(new Paragraph(explanation), impact, reason);
        getFooter().add(cancel, confirm);
    }

    private void confirmIfReasoned() {
        String given = reason.getValue() == null ? "" : reason.getValue().strip();
        if (given.isEmpty()) {
            reason.setErrorMessage("Give a reason: it is recorded with the change and tells others why.");
            reason.setInvalid(true);
            return;
        }
        close();
        onConfirm.accept(given);
    }
}
