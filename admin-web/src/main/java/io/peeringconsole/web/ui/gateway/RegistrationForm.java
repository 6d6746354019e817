package io.peeringconsole.web.ui.gateway;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.peeringconsole.gateway.domain.AuthKind;
import io.peeringconsole.web.ui.support.FieldErrors;
import java.util.List;
import java.util.Optional;

/**
 * What a registration needs: which local domain, the gateway's name, and how it authenticates; for a client
 * certificate also the gateway's CSR and how long the certificate lives. Rule checks stay in the domain.
 */
final class RegistrationForm extends FormLayout implements FieldErrors {

    final ComboBox<String> localDomain = new ComboBox<>("Local domain");
    final TextField name = new TextField("Gateway name");
    final RadioButtonGroup<AuthKind> authKind = new RadioButtonGroup<>("Authenticates with");
    final TextArea csr = CsrField.create("gateway-csr");
    final IntegerField validityDays = CsrField.validity("gateway-validity");

    RegistrationForm(List<String> administered) {
        localDomain.setId("gateway-local-domain");
        localDomain.setItems(administered);
        localDomain.setRequired(true);
        if (administered.size() == 1) {
            localDomain.setValue(administered.getFirst());
        }
        name.setId("gateway-name");
        name.setRequired(true);
        name.setPlaceholder("edge-1");
        name.setHelperText("Letters, digits, '.', '_' and '-'; unique within the local domain. With a client"
                + " certificate: lower-case letters, digits and inner '-' only, as it becomes a DNS name.");
        authKind.setId("gateway-auth-kind");
        authKind.setItems(AuthKind.values());
        authKind.setItemLabelGenerator(kind -> kind == AuthKind.BEARER_TOKEN ? "Bearer token"
                : "Client certificate (from the gateway's CSR)");
        authKind.setValue(AuthKind.BEARER_TOKEN);
        authKind.addValueChangeListener(change -> showCertificateFields());
        add(localDomain, name, authKind, csr, validityDays);
        setColspan(csr, 2);
        showCertificateFields();
    }

    boolean withCertificate() {
        return authKind.getValue() == AuthKind.CLIENT_CERTIFICATE;
    }

    private void showCertificateFields() {
        csr.setVisible(withCertificate());
        validityDays.setVisible(withCertificate());
    }

    /** What is still missing before the registration can be sent, in words for the person filling it in. */
    Optional<String> missing() {
        if (localDomain.isEmpty()) {
            return Optional.of("Choose the local domain the gateway serves.");
        }
        if (name.getValue().isBlank()) {
            return Optional.of("Give the gateway a name.");
        }
        if (withCertificate()) {
            return CsrField.missing(csr, validityDays);
        }
        return Optional.empty();
    }

    @Override
    public boolean show(String field, String message) {
        if ("name".equals(field)) {
            name.setInvalid(true);
            name.setErrorMessage(message);
            return true;
        }
        if ("localDomain".equals(field)) {
            localDomain.setInvalid(true);
            localDomain.setErrorMessage(message);
            return true;
        }
        return CsrField.show(field, message, csr, validityDays);
    }
}
