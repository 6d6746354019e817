package io.peeringconsole.web.ui.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import io.peeringconsole.access.application.NewAccount;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.web.ui.support.Formats;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Creates an account. Checks only what a person can get wrong in this form (the password typed twice, a domain
 * administrator without domains); password strength and user name rules are the account service's, shown next to
 * their fields. Fires {@link SaveEvent} with the command, or {@link CloseEvent}.
 */
public class AccountForm extends FormLayout {

    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmation = new PasswordField("Password again");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final MultiSelectComboBox<String> localDomains = new MultiSelectComboBox<>("Local domains");
    final Button save = new Button("Create account");
    final Button cancel = new Button("Cancel");

    private final Binder<AccountFormData> binder = new Binder<>();
    private Binder.Binding<AccountFormData, Set<String>> localDomainsBinding;

    public AccountForm() {
        addClassName("account-form");
        configureFields();
        configureBinding();
        configureButtons();
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        add(username, roles, password, confirmation, localDomains, buttons);
        setColspan(localDomains, 2);
        setColspan(buttons, 2);
    }

    private void configureFields() {
        username.setId("account-username");
        password.setId("account-password");
        confirmation.setId("account-password-confirmation");
        roles.setId("account-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Formats::label);
        roles.addValueChangeListener(change -> scopeChanged(change.getValue()));
        localDomains.setId("account-local-domains");
        localDomains.setHelperText("Required for a domain administrator: the local domains they administer.");
    }

    private void configureBinding() {
        binder.forField(username).asRequired("Enter a user name.")
                .bind(AccountFormData::getUsername, AccountFormData::setUsername);
        binder.forField(password).asRequired("Enter a password.")
                .bind(AccountFormData::getPassword, AccountFormData::setPassword);
        binder.forField(confirmation)
                .withValidator(typed -> Objects.equals(typed, password.getValue()), "The two passwords differ.")
                .bind(data -> "", (data, ignored) -> { });
        binder.forField(roles).asRequired("Choose at least one role.")
                .bind(AccountFormData::getRoles, AccountFormData::setRoles);
        localDomainsBinding = binder.forField(localDomains)
                .withValidator(chosen -> !roles.getValue().contains(Role.DOMAIN_ADMIN) || !chosen.isEmpty(),
                        "Choose the local domains this domain administrator administers.")
                .bind(AccountFormData::getLocalDomains, AccountFormData::setLocalDomains);
    }

    private void configureButtons() {
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> validateAndSave());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.addClickListener(click -> fireEvent(new CloseEvent(this)));
    }

    private void scopeChanged(Set<Role> chosen) {
        localDomains.setRequiredIndicatorVisible(chosen.contains(Role.DOMAIN_ADMIN));
        if (!localDomains.isEmpty() || localDomains.isInvalid()) {
            localDomainsBinding.validate();
        }
    }

    /** Starts afresh, offering these local domains. */
    public void start(List<String> offeredDomains) {
        localDomains.setItems(offeredDomains);
        binder.readBean(new AccountFormData());
        username.focus();
    }

    private void validateAndSave() {
        AccountFormData data = new AccountFormData();
        if (binder.writeBeanIfValid(data)) {
            fireEvent(new SaveEvent(this, data.toCommand()));
        }
    }

    /** @return whether a field of this form showed the violation */
    public boolean showFieldError(String field, String message) {
        HasValidation target = switch (field) {
            case "username" -> username;
            case "password" -> password;
            case "roles" -> roles;
            case "localDomains" -> localDomains;
            default -> null;
        };
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
        return target != null;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** Create this account. */
    public static final class SaveEvent extends ComponentEvent<AccountForm> {
        private final transient NewAccount command;

        SaveEvent(AccountForm source, NewAccount command) {
            super(source, false);
            this.command = command;
        }

        public NewAccount command() {
            return command;
        }
    }

    /** Leave without creating an account. */
    public static final class CloseEvent extends ComponentEvent<AccountForm> {
        CloseEvent(AccountForm source) {
            super(source, false);
        }
    }
}
