package io.peeringconsole.web.ui.localdomain;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

/**
 * Edits one local domain: its name when new, its display name always. Knows no service: it fires
 * {@link SaveEvent}, {@link DeleteEvent} and {@link CloseEvent}.
 */
public class LocalDomainForm extends FormLayout {

    final TextField name = new TextField("Domain name");
    final TextField displayName = new TextField("Display name");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    final Button cancel = new Button("Cancel");

    private final Binder<LocalDomainFormData> binder = new Binder<>();
    private LocalDomainFormData data = LocalDomainFormData.blank();

    public LocalDomainForm() {
        addClassName("local-domain-form");
        configureFields();
        configureButtons();
        HorizontalLayout buttons = new HorizontalLayout(save, delete, cancel);
        add(name, displayName, buttons);
        setColspan(buttons, 2);
    }

    private void configureFields() {
        name.setId("local-domain-name");
        name.setHelperText("e.g. example.com; fixed once created.");
        displayName.setId("local-domain-display-name");
        binder.forField(name).asRequired("Enter the domain name, e.g. example.com.")
                .bind(LocalDomainFormData::getName, LocalDomainFormData::setName);
        binder.forField(displayName).bind(LocalDomainFormData::getDisplayName, LocalDomainFormData::setDisplayName);
    }

    private void configureButtons() {
        save.setId("local-domain-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(data)) {
                fireEvent(new SaveEvent(this, data));
            }
        });
        delete.setId("local-domain-delete");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this, data)));
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.addClickListener(click -> fireEvent(new CloseEvent(this)));
    }

    /** @param mayDelete whether the operator may remove local domains at all */
    public void edit(LocalDomainFormData formData, boolean mayDelete) {
        data = formData;
        binder.readBean(formData);
        name.setReadOnly(!formData.isNew());
        delete.setVisible(mayDelete && !formData.isNew());
        (formData.isNew() ? name : displayName).focus();
    }

    /** @return whether a field of this form showed the violation */
    public boolean showFieldError(String field, String message) {
        TextField target = switch (field) {
            case "name" -> name;
            case "displayName" -> displayName;
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

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** Create the local domain when new, else change its display name at the version the form was opened with. */
    public static final class SaveEvent extends ComponentEvent<LocalDomainForm> {
        private final transient LocalDomainFormData data;

        SaveEvent(LocalDomainForm source, LocalDomainFormData data) {
            super(source, false);
            this.data = data;
        }

        public LocalDomainFormData data() {
            return data;
        }
    }

    /** Remove the local domain the form was opened with. */
    public static final class DeleteEvent extends ComponentEvent<LocalDomainForm> {
        private final transient LocalDomainFormData data;

        DeleteEvent(LocalDomainForm source, LocalDomainFormData data) {
            super(source, false);
            this.data = data;
        }

        public LocalDomainFormData data() {
            return data;
        }
    }

    /** Leave without saving. */
    public static final class CloseEvent extends ComponentEvent<LocalDomainForm> {
        CloseEvent(LocalDomainForm source) {
            super(source, false);
        }
    }
}
