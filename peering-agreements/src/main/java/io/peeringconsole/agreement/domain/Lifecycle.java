package io.peeringconsole.agreement.domain;

import static io.peeringconsole.agreement.domain.AgreementAction.APPROVE;
import static io.peeringconsole.agreement.domain.AgreementAction.EXPIRE;
import static io.peeringconsole.agreement.domain.AgreementAction.REJECT;
import static io.peeringconsole.agreement.domain.AgreementAction.RESUME;
import static io.peeringconsole.agreement.domain.AgreementAction.REVISE;
import static io.peeringconsole.agreement.domain.AgreementAction.SUBMIT;
import static io.peeringconsole.agreement.domain.AgreementAction.SUSPEND;
import static io.peeringconsole.agreement.domain.AgreementAction.TERMINATE;

import io.peeringconsole.rules.ConflictException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which verbs each status allows: {@code DRAFT → PENDING_APPROVAL → ACTIVE ⇄ SUSPENDED → TERMINATED}, {@code EXPIRED}
 * when the end of validity passes, rejection back to {@code DRAFT}. A draft or a pending proposal may also be
 * terminated, so that an abandoned proposal does not block a new one for the same peer.
 * <p>
 * A refused verb is a {@link ConflictException}: the request was fine, the agreement's state (often changed by
 * someone else a moment ago) is what stands in the way, and the message says what can be done from here.
 */
public final class Lifecycle {

    private static final Map<AgreementStatus, Set<AgreementAction>> ALLOWED = new EnumMap<>(AgreementStatus.class);

    static {
        ALLOWED.put(AgreementStatus.DRAFT, EnumSet.of(REVISE, SUBMIT, TERMINATE));
        ALLOWED.put(AgreementStatus.PENDING_APPROVAL, EnumSet.of(APPROVE, REJECT, TERMINATE));
        ALLOWED.put(AgreementStatus.ACTIVE, EnumSet.of(SUSPEND, TERMINATE, EXPIRE));
        ALLOWED.put(AgreementStatus.SUSPENDED, EnumSet.of(RESUME, TERMINATE, EXPIRE));
        ALLOWED.put(AgreementStatus.TERMINATED, EnumSet.noneOf(AgreementAction.class));
        ALLOWED.put(AgreementStatus.EXPIRED, EnumSet.noneOf(AgreementAction.class));
    }

    private Lifecycle() {
    }

    /** The verbs {@code status} allows, in declaration order (the order a UI shows its buttons in). */
    public static Set<AgreementAction> allowedFrom(AgreementStatus status) {
        return Collections.unmodifiableSet(EnumSet.copyOf(ALLOWED.get(status)));
    }

    public static boolean allows(AgreementStatus status, AgreementAction action) {
        return ALLOWED.get(status).contains(action);
    }

    /** Refuses {@code action} unless {@code status} allows it, saying what is allowed instead. */
    public static void require(AgreementStatus status, AgreementAction action) {
        if (!allows(status, action)) {
            throw new ConflictException("This agreement is " + status + ", so it cannot be " + pastTense(action)
                    + ". " + whatIsAllowed(status));
        }
    }

    static String whatIsAllowed(AgreementStatus status) {
        if (status.isFinal()) {
            return status + " is final: nothing more can happen to this agreement; draft a new one instead.";
        }
        return "From " + status + " you can: " + ALLOWED.get(status).stream()
                .filter(action -> action != EXPIRE)
                .map(AgreementAction::verb)
                .collect(Collectors.joining(", "))
                + (ALLOWED.get(status).contains(EXPIRE) ? " (and it expires at the end of its validity)." : ".");
    }

    private static String pastTense(AgreementAction action) {
        return switch (action) {
            case REVISE -> "revised";
            case SUBMIT -> "submitted for approval";
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case SUSPEND -> "suspended";
            case RESUME -> "resumed";
            case TERMINATE -> "terminated";
            case EXPIRE -> "expired";
        };
    }
}
