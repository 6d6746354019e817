package io.peeringconsole.web.ui.agreement;

import io.peeringconsole.access.domain.AccessPolicy;
import io.peeringconsole.access.domain.Operator;
import io.peeringconsole.access.domain.Role;
import io.peeringconsole.agreement.application.AgreementView;
import io.peeringconsole.agreement.domain.AgreementAction;
import io.peeringconsole.agreement.domain.ApprovalEligibility;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which lifecycle buttons an operator gets on an agreement, and why one is disabled. A button is shown only for a
 * verb the agreement's status allows; Approve is shown to everyone who could hold an approving role but disabled,
 * with the four-eyes rule's own words, for the proposer and for those not entitled, so that nobody wonders where it
 * went. The services decide again on every press.
 */
public final class AgreementRights {

    /** What one button looks like. */
    public record ButtonState(boolean visible, boolean enabled, String reason) {

        static final ButtonState HIDDEN = new ButtonState(false, false, null);
        static final ButtonState ENABLED = new ButtonState(true, true, null);

        static ButtonState disabled(String reason) {
            return new ButtonState(true, false, reason);
        }
    }

    private final Map<AgreementAction, ButtonState> states = new EnumMap<>(AgreementAction.class);

    private AgreementRights() {
    }

    public static AgreementRights of(AgreementView agreement, Operator op) {
        AgreementRights rights = new AgreementRights();
        boolean administers = AccessPolicy.canAdministerDomain(op, agreement.localDomain());
        for (AgreementAction action : AgreementAction.values()) {
            ButtonState state;
            if (!agreement.allowedActions().contains(action)) {
                state = ButtonState.HIDDEN;
            } else if (action == AgreementAction.APPROVE) {
                state = approval(agreement, op);
            } else if (action == AgreementAction.REJECT) {
                state = ApprovalEligibility.rejectionRefusal(op, agreement.localDomain(),
                        agreement.requiresSecurityApproval()).isEmpty() ? ButtonState.ENABLED : ButtonState.HIDDEN;
            } else {
                state = administers ? ButtonState.ENABLED : ButtonState.HIDDEN;
            }
            rights.states.put(action, state);
        }
        return rights;
    }

    private static ButtonState approval(AgreementView agreement, Operator op) {
        if (!op.has(Role.ADMIN) && !op.has(Role.DOMAIN_ADMIN) && !op.has(Role.SECURITY_OFFICER)) {
            return ButtonState.HIDDEN;
        }
        Optional<String> refusal = ApprovalEligibility.approvalRefusal(op, agreement.localDomain(),
                agreement.proposedBy(), agreement.requiresSecurityApproval(), agreement.approvals().stream()
                        .map(a -> new ApprovalEligibility.Given(a.approver(), a.capacity())).toList());
        return refusal.map(ButtonState::disabled).orElse(ButtonState.ENABLED);
    }

    public ButtonState of(AgreementAction action) {
        return states.get(action);
    }

    /** Whether the draft's terms may be edited and saved by this operator. */
    public boolean mayEdit() {
        return of(AgreementAction.REVISE).enabled();
    }

    /** Whether {@code op} may draft an agreement at all: an ADMIN, or a DOMAIN_ADMIN with a local domain. */
    public static boolean mayDraft(Operator op) {
        return op.has(Role.ADMIN) || op.has(Role.DOMAIN_ADMIN) && !op.localDomains().isEmpty();
    }
}
