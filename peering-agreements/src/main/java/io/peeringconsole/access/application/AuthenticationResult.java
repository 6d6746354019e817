package io.peeringconsole.access.application;

import io.peeringconsole.access.domain.Operator;

/** The outcome of a login attempt. A rejection is an answer, not an exception: its bookkeeping must commit. */
public sealed interface AuthenticationResult {

    record Authenticated(Operator operator) implements AuthenticationResult {
    }

    /** {@code message} is the same for every reason, so that it tells an attacker nothing; the audit entry tells why. */
    record Rejected(String message) implements AuthenticationResult {
    }
}
