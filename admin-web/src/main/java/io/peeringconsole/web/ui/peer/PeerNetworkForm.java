package io.peeringconsole.web.ui.peer;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import io.peeringconsole.registry.domain.PeerKind;
import io.peeringconsole.registry.application.PeerNetworkCommand;
import io.peeringconsole.web.ui.support.Formats;
import java.util.List;
import java.util.Locale;

/**
 * Edits one peer network or clearing house. Knows no service: it fires {@link SaveEvent} with the command to carry
 * out, {@link DeleteEvent} and {@link CloseEvent}, and shows a rule violation next to the field it names.
 */
public class PeerNetworkForm extends FormLayout {

    final TextField displayName = new TextField("Display name");
    final RadioButtonGroup<PeerKind> kind = new RadioButtonGroup<>("Kind");
    final TextArea domains = new TextArea("Domains");
    final ComboBox<ClearingHouseOption> clearingHouse = new ComboBox<>("Clearing house");
    final TextArea contacts = new TextArea("Contacts");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    final Button cancel = new Button("Cancel");

    private final Binder<PeerNetworkFormData> binder = new Binder<>();
    private final ClearingHouseChoice clearingHouses = new ClearingHouseChoice();
    private PeerNetworkFormData data = PeerNetworkFormData.blank();

    public PeerNetworkForm() {
        addClassName("peer-network-form");
        configureFields();
        configureBinding();
        configureButtons();
        add(displayName, kind, domains, clearingHouse, contacts, notes, buttons());
        setColspan(notes, 2);
        setColspan(contacts, 2);
    }

    private void configureFields() {
        displayName.setId("peer-display-name");
        kind.setId("peer-kind");
        kind.setItems(PeerKind.values());
        kind.setItemLabelGenerator(Formats::label);
        kind.addValueChangeListener(event -> clearingHouse.setVisible(event.getValue() == PeerKind.PEER_NETWORK));
        domains.setId("peer-domains");
        domains.setHelperText("One per line, e.g. example.net; internationalised names are fine.");
        clearingHouse.setId("peer-clearing-house");
        clearingHouse.setItemLabelGenerator(ClearingHouseOption::displayName);
        clearingHouse.setPlaceholder("Direct (no clearing house)");
        clearingHouse.setClearButtonVisible(true);
        contacts.setId("peer-contacts");
        contacts.setHelperText("One per line: " + ContactLines.EXAMPLE);
        notes.setId("peer-notes");
    }

    private void configureBinding() {
        binder.forField(displayName).asRequired("Give the peer network a display name.")
                .bind(PeerNetworkFormData::getDisplayName, PeerNetworkFormData::setDisplayName);
        binder.forField(kind).asRequired("Choose whether this is a peer network or a clearing house.")
                .bind(PeerNetworkFormData::getKind, PeerNetworkFormData::setKind);
        binder.forField(domains)
                .withConverter(DomainLines::parse, DomainLines::format)
                .withValidator(list -> !list.isEmpty(), "Give at least one domain, e.g. example.net.")
                .bind(PeerNetworkFormData::getDomains, PeerNetworkFormData::setDomains);
        binder.forField(clearingHouse)
                .withConverter(clearingHouses)
                .bind(PeerNetworkFormData::getClearingHouseId, PeerNetworkFormData::setClearingHouseId);
        binder.forField(contacts).withConverter(new ContactLines())
                .bind(PeerNetworkFormData::getContacts, PeerNetworkFormData::setContacts);
        binder.forField(notes).bind(PeerNetworkFormData::getNotes, PeerNetworkFormData::setNotes);
    }

    private void configureButtons() {
        save.setId("peer-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(displayName);
        save.addClickListener(click -> validateAndSave());
        delete.setId("peer-delete");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this, data)));
        cancel.setId("peer-cancel");
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.addClickListener(click -> fireEvent(new CloseEvent(this)));
    }

    private HorizontalLayout buttons() {
        HorizontalLayout buttons = new HorizontalLayout(save, delete, cancel);
        buttons.addClassName("form-buttons");
        setColspan(buttons, 2);
        return buttons;
    }

    /** The clearing houses to offer; set before {@link #edit}. */
    public void setClearingHouses(List<ClearingHouseOption> options) {
        clearingHouses.offer(options);
        clearingHouse.setItems(options);
    }

    public void edit(PeerNetworkFormData formData) {
        data = formData;
        binder.readBean(formData);
        delete.setVisible(!formData.isNew());
        displayName.focus();
    }

    PeerNetworkFormData data() {
        return data;
    }

    /** For operators who may look but not change: no field edits, no save or delete. */
    public void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        delete.setVisible(editable && !data.isNew());
        cancel.setText(editable ? "Cancel" : "Close");
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(data)) {
            fireEvent(new SaveEvent(this, data, data.toCommand()));
        }
    }

    /**
     * Shows a rule violation from the registry next to the field it names (e.g. {@code domains},
     * {@code domains[2]}, {@code contacts[0].email}).
     *
     * @return whether a field of this form showed it
     */
    public boolean showFieldError(String field, String message) {
        HasValidation target = switch (field.toLowerCase(Locale.ROOT).replaceFirst("[\\[.].*$", "")) {
            case "displayname", "name" -> displayName;
            case "kind" -> kind;
            case "domains", "domain" -> domains;
            case "clearinghouseid", "clearinghouse" -> clearingHouse;
            case "contacts", "contact" -> contacts;
            case "notes" -> notes;
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

    /** Save what the form holds: create when {@link PeerNetworkFormData#isNew()}, else update at its version. */
    public static final class SaveEvent extends ComponentEvent<PeerNetworkForm> {
        private final transient PeerNetworkFormData data;
        private final transient PeerNetworkCommand command;

        SaveEvent(PeerNetworkForm source, PeerNetworkFormData data, PeerNetworkCommand command) {
            super(source, false);
            this.data = data;
            this.command = command;
        }

        public PeerNetworkFormData data() {
            return data;
        }

        public PeerNetworkCommand command() {
            return command;
        }
    }

    /** Delete the peer network the form was opened with, at the version it was opened with. */
    public static final class DeleteEvent extends ComponentEvent<PeerNetworkForm> {
        private final transient PeerNetworkFormData data;

        DeleteEvent(PeerNetworkForm source, PeerNetworkFormData data) {
            super(source, false);
            this.data = data;
        }

        public PeerNetworkFormData data() {
            return data;
        }
    }

    /** Leave the form without saving. */
    public static final class CloseEvent extends ComponentEvent<PeerNetworkForm> {
        CloseEvent(PeerNetworkForm source) {
            super(source, false);
        }
    }
}
