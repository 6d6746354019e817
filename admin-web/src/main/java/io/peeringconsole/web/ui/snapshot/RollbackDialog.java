package io.peeringconsole.web.ui.snapshot;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.peeringconsole.snapshot.application.SnapshotView;
import io.peeringconsole.web.ui.support.Formats;
import java.util.function.BiConsumer;

/** Asks why before publishing an earlier snapshot again; the reason is recorded with the new serial. */
final class RollbackDialog extends Dialog {

    private final TextArea reason = new TextArea("Why roll back?");

    RollbackDialog(SnapshotView target, BiConsumer<SnapshotView, String> onConfirm) {
        setId("snapshot-rollback-dialog");
        setHeaderTitle("Roll back to serial " + target.serial() + "?");
        reason.setId("snapshot-rollback-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setHelperText("For example which change broke the gateways. Recorded in the audit trail.");
        add(new Paragraph("Gateways will receive the content of serial " + target.serial() + " (published "
                + Formats.time(target.publishedAt()) + ") again, re-signed under a"
                + " new serial. Changes made since stay in the console and show up in the next candidate."), reason);
        Button confirm = new Button("Roll back", click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why you roll back; it is recorded with the new snapshot.");
                return;
            }
            close();
            onConfirm.accept(target, reason.getValue());
        });
        confirm.setId("snapshot-rollback-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(cancel, confirm);
    }
}
