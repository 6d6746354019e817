package io.peeringconsole.web.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.audit.application.AuditCheckpoints;
import io.peeringconsole.audit.application.AuditRefusedException;
import io.peeringconsole.audit.domain.AuditCheckpoint;
import io.peeringconsole.web.ui.session.ConsoleSession;
import io.peeringconsole.web.ui.support.Formats;
import io.peeringconsole.web.ui.support.UserFeedback;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Shows the newest signed checkpoint of the audit chain and lets an administrator or security officer sign one now,
 * e.g. just before an export or after an incident. Hidden for anyone else. Add with {@code new CheckpointPanel()}.
 */
public class CheckpointPanel extends HorizontalLayout {

    private final transient AuditCheckpoints checkpoints;
    private final Span newest = new Span();

    public CheckpointPanel() {
        this(CDI.current().select(AuditCheckpoints.class).get());
    }

    CheckpointPanel(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
        setId("audit-checkpoint-panel");
        setAlignItems(Alignment.BASELINE);
        addClassName("audit-checkpoint-panel");
        setVisible(AccessPolicy.canGuardAuditTrail(ConsoleSession.operator()));
        Button sign = new Button("Sign checkpoint", VaadinIcon.SIGN_IN_ALT.create(), click -> sign());
        sign.setId("audit-checkpoint-sign");
        sign.setTooltipText("Signs the current end of the chain with the console's key, so that entries cut from"
                + " the end up to here are detected even if the chain head is rewritten.");
        newest.setId("audit-checkpoint-newest");
        add(sign, newest);
        if (isVisible()) {
            showNewest();
        }
    }

    private void sign() {
        UserFeedback.attempt(() -> {
            try {
                AuditCheckpoint c = checkpoints.create(ConsoleSession.operator().actor());
                UserFeedback.success("Checkpoint signed: entry #" + c.sequence() + " with key " + c.keyId() + ".");
                showNewest();
            } catch (AuditRefusedException refused) {
                UserFeedback.error(refused.getMessage());
            }
        });
    }

    private void showNewest() {
        newest.setText(checkpoints.newest()
                .map(c -> "Newest checkpoint: entry #" + c.sequence() + ", signed " + Formats.time(c.signedAt())
                        + " (key " + c.keyId() + ").")
                .orElse("No checkpoint signed yet: the console signs one every few minutes once there are entries."));
    }
}
