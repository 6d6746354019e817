package io.peeringconsole.web.ui.support;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an action with consequences; nothing happens on cancel. */
public final class Confirmation {

    private Confirmation() {
    }

    /** An action that destroys or locks out: the confirm button is red. */
    public static ConfirmDialog dangerous(String header, String text, String confirmText, Runnable onConfirm) {
        return open(header, text, confirmText, "error primary", onConfirm);
    }

    public static ConfirmDialog plain(String header, String text, String confirmText, Runnable onConfirm) {
        return open(header, text, confirmText, "primary", onConfirm);
    }

    private static ConfirmDialog open(String header, String text, String confirmText, String theme, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme(theme);
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
