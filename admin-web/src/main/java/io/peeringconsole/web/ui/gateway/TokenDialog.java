package io.peeringconsole.web.ui.gateway;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.peeringconsole.gateway.application.IssuedToken;

/**
 * Shows a just-issued token, once: the console keeps only its hash, so closing this dialog is the last chance to copy
 * it. Nothing else in the console ever displays it again.
 */
final class TokenDialog extends Dialog {

    TokenDialog(IssuedToken issued) {
        setId("gateway-token-dialog");
        setHeaderTitle("Token for " + issued.gateway().name());
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        Paragraph warning = new Paragraph("Copy this token now and configure it on the gateway. It is shown only"
                + " this once; the console keeps nothing it could show again. If it is lost, rotate the token.");
        warning.setId("gateway-token-warning");
        warning.addClassName("gateway-token-warning");
        TextField token = new TextField("Bearer token");
        token.setId("gateway-token");
        token.setValue(issued.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.addClassName("gateway-token");
        Button copy = new Button("Copy", VaadinIcon.COPY.create(), click -> {
            // The clipboard API needs a secure context (HTTPS or localhost); the field stays selectable otherwise.
            UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", issued.token());
            click.getSource().setText("Copied");
        });
        copy.setId("gateway-token-copy");
        HorizontalLayout row = new HorizontalLayout(token, copy);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(warning, row);
        Button done = new Button("I have stored the token", click -> close());
        done.setId("gateway-token-done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
        setWidth("min(48rem, 95vw)");
    }
}
