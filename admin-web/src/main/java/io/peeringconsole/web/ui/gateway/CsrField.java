package io.peeringconsole.web.ui.gateway;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The CSR and validity fields that registration and renewal of a certificate gateway share. */
final class CsrField {

    static final int MAX_DAYS = 30;

    private CsrField() {
    }

    static TextArea create(String id) {
        TextArea csr = new TextArea("Certificate signing request (PKCS#10, PEM)");
        csr.setId(id);
        csr.setPlaceholder("-----BEGIN CERTIFICATE REQUEST-----");
        csr.setHelperText("Made on the gateway, e.g. openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256"
                + " -nodes -keyout gateway.key -out gateway.csr -subj /CN=edge-1. Only its key is used; the"
                + " console sets the names. Never paste the private key.");
        csr.setWidthFull();
        csr.setMinHeight("8rem");
        csr.addClassName("gateway-csr");
        return csr;
    }

    static IntegerField validity(String id) {
        IntegerField days = new IntegerField("Certificate valid for (days)");
        days.setId(id);
        days.setMin(1);
        days.setMax(MAX_DAYS);
        days.setValue(MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setHelperText("At most 30; renew with a new CSR before it ends.");
        return days;
    }

    static Optional<String> missing(TextArea csr, IntegerField days) {
        if (csr.getValue().isBlank()) {
            return Optional.of("Paste the gateway's certificate signing request (PEM).");
        }
        if (days.getValue() == null) {
            return Optional.of("Say for how many days (1 to 30) the certificate is valid.");
        }
        return Optional.empty();
    }

    static byte[] bytes(TextArea csr) {
        return csr.getValue().strip().getBytes(StandardCharsets.UTF_8);
    }

    static boolean show(String field, String message, TextArea csr, IntegerField days) {
        if ("csr".equals(field)) {
            csr.setInvalid(true);
            csr.setErrorMessage(message);
            return true;
        }
        if ("validityDays".equals(field)) {
            days.setInvalid(true);
            days.setErrorMessage(message);
            return true;
        }
        return false;
    }
}
