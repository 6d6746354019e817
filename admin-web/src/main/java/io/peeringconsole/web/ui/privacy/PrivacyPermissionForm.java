package io.peeringconsole.web.ui.privacy;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;
import io.peeringconsole.privacy.PresenceAttribute;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.permission.application.PrivacyPermissionView;
import io.peeringconsole.web.ui.support.Formats;
import java.util.Set;

/**
 * Edits one pair's permission: the attributes that may leave and the sharing mode, each mode with a line saying
 * what it does. Fires events and never calls a service, so it is tested as a plain object.
 */
public class PrivacyPermissionForm extends VerticalLayout {

    final H3 heading = new H3();
    final Span state = new Span();
    final CheckboxGroup<PresenceAttribute> attributes = new CheckboxGroup<>("Attributes that may leave");
    final RadioButtonGroup<SharingMode> mode = new RadioButtonGroup<>("Sharing mode");
    final Span delegationWarning = new Span("POLICY_DELEGATION hands your users' presence rules to this peer."
            + " Agreements with it then need a SECURITY_OFFICER's approval; while an agreement is pending or in"
            + " force, only a security officer can make this switch.");
    final Button save = new Button("Save");
    final Button reset = new Button("Reset to default deny");
    final Button close = new Button("Close");
    private transient PrivacyPermissionView editing;

    public PrivacyPermissionForm() {
        addClassName("privacy-form");
        setId("privacy-form");
        configureFields();
        configureButtons();
        add(heading, state, mode, delegationWarning, attributes, new HorizontalLayout(save, reset, close));
        setVisible(false);
    }

    private void configureFields() {
        state.setId("privacy-state");
        attributes.setId("privacy-attributes");
        attributes.setItems(PresenceAttribute.values());
        attributes.setItemLabelGenerator(Formats::label);
        attributes.addClassName("privacy-attributes");
        mode.setId("privacy-mode");
        mode.setItems(SharingMode.values());
        mode.setRenderer(new ComponentRenderer<>(choice -> {
            Div label = new Div(new Span(Formats.label(choice)));
            Span explanation = new Span(SharingModes.explanation(choice));
            explanation.addClassName("privacy-mode-explanation");
            label.add(explanation);
            return label;
        }));
        mode.addValueChangeListener(change -> showWarning());
        delegationWarning.setId("privacy-delegation-warning");
        delegationWarning.addClassName("privacy-warning");
    }

    private void configureButtons() {
        save.setId("privacy-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent(this, editing, attributes.getValue(),
                mode.getValue())));
        reset.setId("privacy-reset");
        reset.addThemeVariants(ButtonVariant.ERROR);
        reset.addClickListener(click -> fireEvent(new ResetEvent(this, editing)));
        close.setId("privacy-close");
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.addClickListener(click -> setVisible(false));
    }

    /**
     * Shows a pair; {@code mayEdit} false leaves it read-only, {@code mayReset} false hides the reset (a security
     * officer may approve delegation but not reset).
     */
    public void edit(PrivacyPermissionView view, boolean mayEdit, boolean mayReset) {
        editing = view;
        heading.setText(view.peerDisplayName());
        state.setText(view.defaultDeny() ? "Default deny: nothing leaves for this peer until you allow it."
                : "Changed by " + view.changedBy() + " at " + Formats.time(view.changedAt())
                        + (view.delegationApprovedBy() == null ? ""
                                : " · delegation approved by " + view.delegationApprovedBy()));
        attributes.setInvalid(false);
        mode.setInvalid(false);
        attributes.setValue(view.allowedAttributes());
        mode.setValue(view.mode());
        attributes.setReadOnly(!mayEdit);
        mode.setReadOnly(!mayEdit);
        save.setVisible(mayEdit);
        reset.setVisible(mayReset);
        reset.setEnabled(!view.defaultDeny());
        showWarning();
        setVisible(true);
    }

    /** Shows a refusal next to the attributes or the mode; anything else is left to the caller. */
    public boolean showFieldError(String field, String message) {
        if ("attributes".equals(field)) {
            attributes.setErrorMessage(message);
            attributes.setInvalid(true);
            return true;
        }
        if ("mode".equals(field)) {
            mode.setErrorMessage(message);
            mode.setInvalid(true);
            return true;
        }
        return false;
    }

    public PrivacyPermissionView editing() {
        return editing;
    }

    private void showWarning() {
        delegationWarning.setVisible(mode.getValue() == SharingMode.POLICY_DELEGATION);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addResetListener(ComponentEventListener<ResetEvent> listener) {
        return addListener(ResetEvent.class, listener);
    }

    /** Save the pair's permission as chosen. */
    public static final class SaveEvent extends ComponentEvent<PrivacyPermissionForm> {

        private final transient PrivacyPermissionView pair;
        private final Set<PresenceAttribute> attributes;
        private final SharingMode mode;

        SaveEvent(PrivacyPermissionForm source, PrivacyPermissionView pair, Set<PresenceAttribute> attributes,
                SharingMode mode) {
            super(source, false);
            this.pair = pair;
            this.attributes = PresenceAttribute.setOf(attributes);
            this.mode = mode;
        }

        public PrivacyPermissionView pair() {
            return pair;
        }

        public Set<PresenceAttribute> attributes() {
            return attributes;
        }

        public SharingMode mode() {
            return mode;
        }
    }

    /** Reset the pair to default deny (after confirmation). */
    public static final class ResetEvent extends ComponentEvent<PrivacyPermissionForm> {

        private final transient PrivacyPermissionView pair;

        ResetEvent(PrivacyPermissionForm source, PrivacyPermissionView pair) {
            super(source, false);
            this.pair = pair;
        }

        public PrivacyPermissionView pair() {
            return pair;
        }
    }
}
