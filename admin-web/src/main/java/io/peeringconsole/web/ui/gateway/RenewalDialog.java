package io.peeringconsole.web.ui.gateway;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.peeringconsole.gateway.application.CertifiedGateway;
import io.peeringconsole.gateway.application.GatewayView;
import io.peeringconsole.web.ui.support.FieldErrors;
import io.peeringconsole.web.ui.support.UserFeedback;
import java.io.Serializable;

/** Asks for a certificate gateway's new CSR, renews, and shows the new certificate once. */
final class RenewalDialog extends Dialog implements FieldErrors {

    /** The renewal itself, so that this dialog holds no service. */
    @FunctionalInterface
    interface Renewal extends Serializable {
        CertifiedGateway renew(byte[] csr, int validityDays);
    }

    private final TextArea csr = CsrField.create("gateway-renew-csr");
    private final IntegerField days = CsrField.validity("gateway-renew-validity");

    RenewalDialog(GatewayView gateway, Renewal renewal, Runnable renewed) {
        setId("gateway-renewal");
        setHeaderTitle("Renew the certificate of " + gateway.name());
        Paragraph note = new Paragraph("The new certificate is issued for the key in this CSR. The current"
                + " certificate keeps working until it expires, so the gateway can switch over; the one before it"
                + " stops now.");
        FormLayout form = new FormLayout(csr, days);
        form.setColspan(csr, 2);
        add(note, form);
        Button save = new Button("Renew", click -> {
            var missing = CsrField.missing(csr, days);
            if (missing.isPresent()) {
                UserFeedback.error(missing.get());
                return;
            }
            CertifiedGateway[] certified = new CertifiedGateway[1];
            if (UserFeedback.attempt(() -> certified[0] = renewal.renew(CsrField.bytes(csr), days.getValue()), this,
                    null)) {
                close();
                renewed.run();
                new CertificateDialog(certified[0]).open();
            }
        });
        save.setId("gateway-renew-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(cancel, save);
        setWidth("min(48rem, 95vw)");
    }

    @Override
    public boolean show(String field, String message) {
        return CsrField.show(field, message, csr, days);
    }
}
