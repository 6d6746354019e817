package io.peeringconsole.web.ui.gateway;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.peeringconsole.web.ui.support.FieldErrors;
import java.util.List;
import java.util.Optional;

/** The two things a registration needs: which local domain, and the gateway's name. Rule checks stay in the domain. */
final class RegistrationForm extends FormLayout implements FieldErrors {

    final ComboBox<String> localDomain = new ComboBox<>("Local domain");
    final TextField name = new TextField("Gateway name");

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
        name.setHelperText("Letters, digits, '.', '_' and '-'; unique within the local domain.");
        add(localDomain, name);
    }

    /** What is still missing before the registration can be sent, in words for the person filling it in. */
    Optional<String> missing() {
        if (localDomain.isEmpty()) {
            return Optional.of("Choose the local domain the gateway serves.");
        }
        if (name.getValue().isBlank()) {
            return Optional.of("Give the gateway a name.");
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
        return false;
    }
}
