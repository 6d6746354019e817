package io.peeringconsole.web.ui.trust;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.peeringconsole.trust.application.PinView;
import io.peeringconsole.web.ui.support.Formats;
import java.util.List;
import java.util.Locale;

/**
 * The peer's SPKI pins: trusting a key itself, with or without a chain. Knows no service: it fires
 * {@link AddEvent} with a pin that has the right shape, and {@link RemoveEvent}.
 */
class PinsPanel extends VerticalLayout {

    final TextField pin = new TextField("SPKI pin");
    final TextField note = new TextField("Note");
    final Button add = new Button("Add pin", VaadinIcon.PLUS.create());
    private final Grid<PinView> grid = new Grid<>();
    private final HorizontalLayout form;
    private Grid.Column<PinView> removeColumn;

    PinsPanel() {
        addClassName("trust-pins");
        setPadding(false);
        configureGrid();
        configureFields();
        form = new HorizontalLayout(pin, note, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWidthFull();
        form.expand(pin, note);
        add(grid, form);
    }

    private void configureGrid() {
        grid.setId("trust-pins");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No pin: the peer is trusted only through its certificates.");
        grid.addColumn(PinView::spkiPin).setHeader("SPKI pin (base64 SHA-256)").setWidth("24rem").setFlexGrow(0)
                .setPartNameGenerator(row -> "trust-digest");
        grid.addColumn(PinView::note).setHeader("Note").setFlexGrow(2);
        grid.addColumn(row -> Formats.time(row.createdAt())).setHeader("Added").setAutoWidth(true);
        removeColumn = grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
    }

    private void configureFields() {
        pin.setId("trust-pin");
        pin.setHelperText("44 characters, e.g. from: " + PinInput.EXAMPLE);
        pin.addValueChangeListener(change -> pin.setInvalid(false));
        note.setId("trust-pin-note");
        note.setMaxLength(500);
        note.setPlaceholder("e.g. backup key, agreed with the peer's NOC");
        add.setId("trust-pin-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(pin, note);
        add.addClickListener(click -> validateAndAdd());
    }

    private Button removeButton(PinView row) {
        Button remove = new Button("Remove", VaadinIcon.TRASH.create(), click -> fireEvent(new RemoveEvent(this, row)));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        return remove;
    }

    private void validateAndAdd() {
        PinInput.problem(pin.getValue()).ifPresentOrElse(problem -> showFieldError("spkiPin", problem),
                () -> fireEvent(new AddEvent(this, PinInput.normalise(pin.getValue()), note.getValue().strip())));
    }

    void show(List<PinView> pins) {
        grid.setItems(pins);
    }

    /** After the pin was stored: ready for the next one. */
    void clearForm() {
        pin.clear();
        note.clear();
    }

    void setEditable(boolean editable) {
        form.setVisible(editable);
        removeColumn.setVisible(editable);
    }

    /** Shows a rule violation from the service next to its field ({@code spkiPin}, {@code note}). */
    boolean showFieldError(String field, String message) {
        TextField target = switch (field.toLowerCase(Locale.ROOT)) {
            case "spkipin", "pin" -> pin;
            case "note" -> note;
            default -> null;
        };
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
        return target != null;
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }

    /** Pin this key (normalised: no {@code sha256/} or {@code pin-sha256=} wrapping). */
    static final class AddEvent extends ComponentEvent<PinsPanel> {
        private final String spkiPin;
        private final String note;

        AddEvent(PinsPanel source, String spkiPin, String note) {
            super(source, false);
            this.spkiPin = spkiPin;
            this.note = note;
        }

        String spkiPin() {
            return spkiPin;
        }

        /** Null when none was given. */
        String note() {
            return note.isEmpty() ? null : note;
        }
    }

    /** Stop trusting this key by its pin. */
    static final class RemoveEvent extends ComponentEvent<PinsPanel> {
        private final transient PinView pinView;

        RemoveEvent(PinsPanel source, PinView pinView) {
            super(source, false);
            this.pinView = pinView;
        }

        PinView pin() {
            return pinView;
        }
    }
}
