package io.peeringconsole.agreement.domain;

import io.peeringconsole.rules.RuleViolationException;
import io.peeringconsole.rules.SafeText;

/** The reason a person gives for rejecting, suspending or terminating: required, one line, bounded. */
final class StatusReason {

    static final int MAX_LENGTH = 1000;

    private StatusReason() {
    }

    static String required(String raw) {
        String reason = SafeText.trimToNull(raw);
        if (reason == null) {
            throw new RuleViolationException("reason", "Give a reason; it is recorded with the agreement and in the"
                    + " audit trail.");
        }
        if (reason.length() > MAX_LENGTH) {
            throw new RuleViolationException("reason", "A reason may have at most " + MAX_LENGTH + " characters;"
                    + " this one has " + reason.length() + ".");
        }
        if (SafeText.hasControlCharacters(reason)) {
            throw new RuleViolationException("reason", "The reason contains control characters (line breaks, tabs"
                    + " or invisible characters); write it on one line.");
        }
        return reason;
    }
}
