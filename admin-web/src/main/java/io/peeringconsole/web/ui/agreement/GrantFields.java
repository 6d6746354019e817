package io.peeringconsole.web.ui.agreement;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import io.peeringconsole.agreement.domain.Direction;
import io.peeringconsole.agreement.domain.ListKind;
import io.peeringconsole.agreement.domain.Service;
import io.peeringconsole.web.ui.support.Formats;
import java.util.Locale;

/**
 * The services of one direction and their limits. A limit's field is shown only while its service is ticked, and
 * document sharing is labelled non-standard, as RFC 5344 leaves it.
 */
class GrantFields extends FormLayout {

    final CheckboxGroup<Service> services = new CheckboxGroup<>("Services");
    final CheckboxGroup<ListKind> listKinds = new CheckboxGroup<>("List kinds for list-based presence");
    final IntegerField maxListSize = new IntegerField("Max list size");
    final IntegerField maxSessions = new IntegerField("Max concurrent MSRP sessions");
    final BigDecimalField maxFileSize = new BigDecimalField("Max file size (MiB)");
    final IntegerField messagesPerSecond = new IntegerField("Messages per second");

    private final Binder<GrantFormData> binder = new Binder<>();

    GrantFields(Direction direction) {
        String id = "agreement-" + direction.name().toLowerCase(Locale.ROOT);
        setId(id);
        addClassName("agreement-grant");
        H4 title = new H4(Formats.label(direction) + ": " + direction.description());
        services.setId(id + "-services");
        services.setItems(Service.values());
        services.setItemLabelGenerator(GrantFields::label);
        services.addValueChangeListener(change -> showLimits());
        listKinds.setId(id + "-list-kinds");
        listKinds.setItems(ListKind.values());
        listKinds.setItemLabelGenerator(Formats::label);
        maxListSize.setId(id + "-max-list-size");
        maxListSize.setMin(1);
        maxSessions.setId(id + "-max-sessions");
        maxSessions.setMin(1);
        maxFileSize.setId(id + "-max-file-size");
        messagesPerSecond.setId(id + "-messages-per-second");
        messagesPerSecond.setMin(1);
        messagesPerSecond.setHelperText("Across page-mode IM, session IM and n-way chat; empty for the gateway's"
                + " default.");
        bind();
        add(title, services, listKinds, maxListSize, maxSessions, maxFileSize, messagesPerSecond);
        setColspan(title, 2);
        setColspan(services, 2);
        showLimits();
    }

    static String label(Service service) {
        return service.isStandard() ? service.label() : service.label() + " (non-standard)";
    }

    private void bind() {
        binder.forField(services).bind(GrantFormData::getServices, GrantFormData::setServices);
        binder.forField(listKinds).bind(GrantFormData::getListKinds, GrantFormData::setListKinds);
        binder.forField(maxListSize).bind(GrantFormData::getMaxListSize, GrantFormData::setMaxListSize);
        binder.forField(maxSessions).bind(GrantFormData::getMaxConcurrentSessions,
                GrantFormData::setMaxConcurrentSessions);
        binder.forField(maxFileSize).bind(GrantFormData::getMaxFileSizeMib, GrantFormData::setMaxFileSizeMib);
        binder.forField(messagesPerSecond).bind(GrantFormData::getMessagesPerSecond,
                GrantFormData::setMessagesPerSecond);
    }

    private void showLimits() {
        boolean lists = services.getValue().contains(Service.PRESENCE_LIST);
        listKinds.setVisible(lists);
        maxListSize.setVisible(lists);
        maxSessions.setVisible(services.getValue().contains(Service.SESSION_IM));
        maxFileSize.setVisible(services.getValue().contains(Service.FILE_TRANSFER));
    }

    void read(GrantFormData data) {
        binder.readBean(data);
        showLimits();
    }

    boolean writeIfValid(GrantFormData data) {
        return binder.writeBeanIfValid(data);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** The field for a violation reported without the direction (e.g. {@code maxListSize}); null if none. */
    HasValidation field(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "services" -> services;
            case "allowedlistkinds", "listkinds" -> listKinds;
            case "maxlistsize" -> maxListSize;
            case "maxconcurrentsessions" -> maxSessions;
            case "maxfilesizebytes" -> maxFileSize;
            case "messagespersecond" -> messagesPerSecond;
            default -> null;
        };
    }
}
