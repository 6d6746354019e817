package io.peeringconsole.audit.application;

/**
 * The audit trail could not record an entry. The caller's change must fail with it: the console never makes a
 * change it cannot account for.
 */
public class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
