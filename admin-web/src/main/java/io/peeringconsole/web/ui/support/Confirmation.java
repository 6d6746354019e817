package io.peeringconsole.web.ui.support;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an action that cannot be undone. */
public final class Confirmation {

    private Confirmation() {
    }

    /** A dangerous action: the confirm button is red and nothing happens on cancel. */
    public static ConfirmDialog ask(String header, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
