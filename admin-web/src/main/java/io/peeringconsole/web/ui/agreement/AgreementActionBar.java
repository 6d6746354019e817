package io.peeringconsole.web.ui.agreement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.agreement.application.AgreementService;
import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.agreement.domain.AgreementAction;
import io.peeringconsole.agreement.domain.ImpactPreview;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Confirmation;
import io.peeringconsole.web.ui.support.UserFeedback;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The lifecycle buttons of one agreement, as {@link AgreementRights} allows them to this operator. Each press asks
 * first where the change has consequences, then calls the service at the version shown; the outcome goes to the
 * page, which shows the agreement afresh.
 */
class AgreementActionBar extends HorizontalLayout {

    private final transient AgreementService agreements;
    private final transient Consumer<AgreementView> onChanged;
    private final transient Runnable reload;
    private final Map<AgreementAction, Button> buttons = new EnumMap<>(AgreementAction.class);
    private final Span disabledReason = new Span();
    private transient AgreementView shown;

    AgreementActionBar(AgreementService agreements, Consumer<AgreementView> onChanged, Runnable reload) {
        this.agreements = agreements;
        this.onChanged = onChanged;
        this.reload = reload;
        setId("agreement-actions");
        addClassName("agreement-actions");
        setAlignItems(Alignment.BASELINE);
        button(AgreementAction.SUBMIT, "Submit for approval", VaadinIcon.PAPERPLANE, this::submit);
        button(AgreementAction.APPROVE, "Approve", VaadinIcon.CHECK, this::approve);
        button(AgreementAction.REJECT, "Reject", VaadinIcon.ARROW_BACKWARD, this::reject);
        button(AgreementAction.SUSPEND, "Suspend", VaadinIcon.PAUSE, this::suspend);
        button(AgreementAction.RESUME, "Resume", VaadinIcon.PLAY, this::resume);
        button(AgreementAction.TERMINATE, "Terminate", VaadinIcon.STOP, this::terminate);
        buttons.get(AgreementAction.APPROVE).addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        buttons.get(AgreementAction.TERMINATE).addThemeVariants(ButtonVariant.ERROR);
        disabledReason.setId("agreement-approve-refusal");
        disabledReason.addClassName("agreement-disabled-reason");
        add(disabledReason);
    }

    private void button(AgreementAction action, String text, VaadinIcon icon, Runnable press) {
        Button button = new Button(text, icon.create(), click -> press.run());
        button.setId("agreement-" + action.name().toLowerCase(Locale.ROOT));
        buttons.put(action, button);
        add(button);
    }

    void show(AgreementView agreement, AgreementRights rights) {
        shown = agreement;
        disabledReason.setText("");
        buttons.forEach((action, button) -> {
            AgreementRights.ButtonState state = rights.of(action);
            button.setVisible(state.visible());
            button.setEnabled(state.enabled());
            button.setTooltipText(state.reason());
            if (state.visible() && !state.enabled() && state.reason() != null) {
                disabledReason.setText(button.getText() + " is not available to you: " + state.reason());
            }
        });
    }

    private void submit() {
        Confirmation.plain("Submit for approval?", "Submit this agreement for approval? Its terms can no longer be"
                + " changed unless an approver rejects it; another person must approve it (four eyes).", "Submit",
                () -> act(op -> agreements.submit(op, shown.id(), shown.version()), "Submitted for approval."));
    }

    private void approve() {
        Confirmation.plain("Approve agreement?", "Approve the agreement between " + shown.localDomain() + " and "
                + shown.peerDisplayName() + "? With the last approval needed it becomes active, if the checklist"
                + " is complete.", "Approve",
                () -> act(op -> agreements.approve(op, shown.id(), shown.version()), "Approved."));
    }

    private void reject() {
        new StatusChangeDialog("Reject agreement?", "The agreement goes back to its authors as a draft, with your"
                + " reason.", List.of(), "Reject", false, reason -> act(op -> agreements.reject(op, shown.id(),
                shown.version(), reason), "Rejected: the agreement is a draft again.")).open();
    }

    private void suspend() {
        withImpact(AgreementAction.SUSPEND, impact -> new StatusChangeDialog("Suspend agreement?",
                "Gateways stop enforcing this agreement until it is resumed.", ImpactText.lines(impact), "Suspend",
                true, reason -> act(op -> agreements.suspend(op, shown.id(), shown.version(), reason),
                "Suspended.")).open());
    }

    private void resume() {
        Confirmation.plain("Resume agreement?", "Resume the agreement? The activation gate is checked afresh.",
                "Resume", () -> act(op -> agreements.resume(op, shown.id(), shown.version()), "Resumed."));
    }

    private void terminate() {
        withImpact(AgreementAction.TERMINATE, impact -> new StatusChangeDialog("Terminate agreement?",
                "Terminating is final: the agreement cannot be resumed; a new one must be drafted.",
                ImpactText.lines(impact), "Terminate", true, reason -> act(op -> agreements.terminate(op,
                shown.id(), shown.version(), reason), "Terminated.")).open());
    }

    private void withImpact(AgreementAction action, Consumer<ImpactPreview> then) {
        UserFeedback.attempt(() -> then.accept(agreements.impact(ConsoleSession.operator(), shown.id(), action)),
                (field, message) -> false, reload);
    }

    private void act(Function<Operator, AgreementView> change, String success) {
        AgreementView[] changed = new AgreementView[1];
        if (UserFeedback.attempt(() -> changed[0] = change.apply(ConsoleSession.operator()),
                (field, message) -> false, reload)) {
            UserFeedback.success(success);
            onChanged.accept(changed[0]);
        } else {
            // A refusal (the gate, a rival's change) often means the page is out of date: show what holds now.
            reload.run();
        }
    }
}
