package io.peeringconsole.web.ui.agreement;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import io.peeringconsole.agreement.domain.Direction;
import io.peeringconsole.agreement.domain.TlsVersion;
import java.util.List;
import java.util.Locale;

/**
 * Edits the terms of a draft agreement. Knows no service: the view offers the local domains and a way to look peers
 * up, and the form fires {@link SaveEvent} with its data and shows a rule violation next to the field it names.
 */
class AgreementForm extends VerticalLayout {

    static final String DIRECT = "Direct";
    static final String VIA = "Via a clearing house";

    final ComboBox<String> localDomain = new ComboBox<>("Local domain");
    final ComboBox<PeerOption> peer = new ComboBox<>("Peer network");
    final RadioButtonGroup<String> route = new RadioButtonGroup<>("Route");
    final ComboBox<PeerOption> clearingHouse = new ComboBox<>("Clearing house");
    final RadioButtonGroup<TlsVersion> tls = new RadioButtonGroup<>("Required TLS version");
    final DatePicker validFrom = new DatePicker("Valid from");
    final DatePicker validUntil = new DatePicker("Valid until");
    final GrantFields inbound = new GrantFields(Direction.INBOUND);
    final GrantFields outbound = new GrantFields(Direction.OUTBOUND);
    final Button save = new Button("Save draft");

    private final Binder<AgreementFormData> binder = new Binder<>();
    private AgreementFormData data = new AgreementFormData();

    AgreementForm() {
        setId("agreement-form");
        setPadding(false);
        configureFields();
        configureBinding();
        save.setId("agreement-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> validateAndSave());
        FormLayout parties = new FormLayout(localDomain, peer, route, clearingHouse, tls, validFrom, validUntil);
        add(parties, inbound, outbound, save);
    }

    private void configureFields() {
        localDomain.setId("agreement-local-domain");
        peer.setId("agreement-peer");
        peer.setItemLabelGenerator(PeerOption::label);
        peer.setPlaceholder("Type to search by name or domain");
        route.setId("agreement-route");
        route.setItems(DIRECT, VIA);
        route.addValueChangeListener(change -> clearingHouse.setVisible(VIA.equals(change.getValue())));
        clearingHouse.setId("agreement-clearing-house");
        clearingHouse.setItemLabelGenerator(PeerOption::label);
        clearingHouse.setVisible(false);
        tls.setId("agreement-tls");
        tls.setItems(TlsVersion.values());
        tls.setItemLabelGenerator(TlsVersion::label);
        validFrom.setId("agreement-valid-from");
        validUntil.setId("agreement-valid-until");
        validFrom.setHelperText("Midnight UTC at the start of the day.");
        validUntil.setHelperText("Midnight UTC; the agreement then expires automatically. Empty: no end.");
        validUntil.setClearButtonVisible(true);
        DatePicker.DatePickerI18n iso = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        validFrom.setI18n(iso);
        validUntil.setI18n(iso);
    }

    private void configureBinding() {
        binder.forField(localDomain).asRequired("Choose the local domain this agreement is for.")
                .bind(AgreementFormData::getLocalDomain, AgreementFormData::setLocalDomain);
        binder.forField(peer).asRequired("Choose the peer network this agreement is with.")
                .bind(AgreementFormData::getPeer, AgreementFormData::setPeer);
        binder.forField(route).bind(d -> d.isViaClearingHouse() ? VIA : DIRECT,
                (d, value) -> d.setViaClearingHouse(VIA.equals(value)));
        binder.forField(clearingHouse).bind(AgreementFormData::getClearingHouse, AgreementFormData::setClearingHouse);
        binder.forField(tls).asRequired("Choose the TLS version the peer channel must use.")
                .bind(AgreementFormData::getTlsVersion, AgreementFormData::setTlsVersion);
        binder.forField(validFrom).asRequired("Enter the date from which the agreement is valid.")
                .bind(AgreementFormData::getValidFrom, AgreementFormData::setValidFrom);
        binder.forField(validUntil).bind(AgreementFormData::getValidUntil, AgreementFormData::setValidUntil);
    }

    void offerLocalDomains(List<String> domains) {
        localDomain.setItems(domains);
    }

    void edit(AgreementFormData formData) {
        data = formData;
        binder.readBean(formData);
        inbound.read(formData.getInbound());
        outbound.read(formData.getOutbound());
        // The parties of a saved agreement never change; a new draft picks them.
        localDomain.setReadOnly(!formData.isNew());
        peer.setReadOnly(!formData.isNew());
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
        inbound.setReadOnly(!editable);
        outbound.setReadOnly(!editable);
        if (editable && !data.isNew()) {
            localDomain.setReadOnly(true);
            peer.setReadOnly(true);
        }
        save.setVisible(editable);
    }

    AgreementFormData data() {
        return data;
    }

    private void validateAndSave() {
        boolean valid = binder.writeBeanIfValid(data);
        valid &= inbound.writeIfValid(data.getInbound());
        valid &= outbound.writeIfValid(data.getOutbound());
        if (valid) {
            fireEvent(new SaveEvent(this, data));
        }
    }

    /**
     * Shows a rule violation from the agreement service next to its field ({@code validUntil},
     * {@code inbound.maxListSize}, ...).
     *
     * @return whether a field of this form showed it
     */
    boolean showFieldError(String field, String message) {
        HasValidation target = target(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
        return target != null;
    }

    private HasValidation target(String field) {
        String name = field.replaceFirst("\\[.*$", "");
        if (name.startsWith("inbound.")) {
            return inbound.field(name.substring("inbound.".length()));
        }
        if (name.startsWith("outbound.")) {
            return outbound.field(name.substring("outbound.".length()));
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "localdomain" -> localDomain;
            case "peernetworkid" -> peer;
            case "clearinghouseid" -> clearingHouse;
            case "tlsversion" -> tls;
            case "validfrom" -> validFrom;
            case "validuntil" -> validUntil;
            default -> null;
        };
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The operator asked to save the draft; the data is valid as far as the form can tell. */
    static final class SaveEvent extends ComponentEvent<AgreementForm> {

        private final transient AgreementFormData data;

        SaveEvent(AgreementForm source, AgreementFormData data) {
            super(source, false);
            this.data = data;
        }

        AgreementFormData data() {
            return data;
        }
    }
}
