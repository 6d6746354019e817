package io.peeringconsole.privacy;

import io.peeringconsole.rules.RuleViolationException;

/**
 * Refuses a privacy input (a pres-rules document, a presence document) that is malformed, hostile or beyond what we
 * support. The {@link Problem} is stable, so that the REST layer and gateways can branch on it; the message tells a
 * person what to change. A {@link RuleViolationException}, so it reaches people as a 422 with that message.
 */
public class PrivacyInputException extends RuleViolationException {

    /** Why an input was refused; {@link #code()} never changes once published. */
    public enum Problem {
        TOO_LARGE("privacy.input.too-large"),
        DOCTYPE_REFUSED("privacy.input.doctype-refused"),
        TOO_DEEP("privacy.input.too-deep"),
        NOT_WELL_FORMED("privacy.input.not-well-formed"),
        NOT_PRES_RULES("privacy.input.not-pres-rules"),
        UNSUPPORTED_ELEMENT("privacy.input.unsupported-element"),
        INVALID_VALUE("privacy.input.invalid-value");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Problem problem;

    public PrivacyInputException(Problem problem, String message) {
        super("presRules", message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The stable code, e.g. {@code privacy.input.too-large}. */
    public String code() {
        return problem.code();
    }
}
